import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import type { SecurityHeaderOptions } from '../../api/src/security-headers.js';
import { createTestApp, type TestApp } from './test-app.js';

/** Debian's Chromium; playwright-core drives it (no browser downloads). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CSP_PREFIX = 'CSP violation:';
const CSP_REPORTER = `document.addEventListener('securitypolicyviolation', (e) => console.error('${CSP_PREFIX} ' + e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')));`;

const resultsDir = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface BrowserSession {
  page: Page;
  /** http://127.0.0.1:<port> of the real server: GraphQL and the built web app on one port. */
  baseUrl: string;
  /** Messages of uncaught page errors and console errors, for asserting a clean run. */
  pageErrors: string[];
  /** Content Security Policy violations the page reported (also among pageErrors). */
  cspViolations: string[];
  browser: Browser;
  /** The store and app behind the server, to arrange data (users, say) the journey needs. */
  testApp: TestApp;
  close(): Promise<void>;
}

/**
 * The real server over a fresh seeded in-memory store, on a free port, and one Chromium page
 * at 1280×720. `close()` ends the browser, the server and the store.
 */
export async function openBrowserSession(
  options: { viewport?: { width: number; height: number }; security?: SecurityHeaderOptions } = {},
): Promise<BrowserSession> {
  const testApp = await createTestApp();
  const server = createHttpServer(testApp.app, inject('webDistDir'), options.security);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    await testApp.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (err) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await testApp.close();
    throw err;
  }
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 }, locale: 'da-DK' });
  // Every violation of the server's Content Security Policy as a console error the session collects.
  await context.addInitScript({ content: CSP_REPORTER });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    pageErrors.push(message.text());
    if (message.text().startsWith(CSP_PREFIX)) cspViolations.push(message.text());
  });

  return {
    page,
    baseUrl: `http://127.0.0.1:${port}`,
    pageErrors,
    cspViolations,
    browser,
    testApp,
    async close() {
      await browser.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await testApp.close();
    },
  };
}

/** Saves a PNG of the page under test-results/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}
