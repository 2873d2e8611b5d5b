import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { routePaths } from '../support/routes.js';

/**
 * The web app runs under its Content Security Policy without a single violation, on every
 * screen, signed in or not (the policy allows no inline script, and only Cytoscape's one
 * stylesheet inline); a planted inline script is refused and reported, so the check is real.
 * GraphiQL (development) runs under a policy of its own.
 */
let session: BrowserSession;
let page: Page;
const ADMIN = { email: 'csp-admin@example.dk', name: 'Anna Admin', password: 'en-lang-adgangskode-a' };

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  await createUser(session.testApp.db, session.testApp.queries, { ...ADMIN, role: 'ADMIN' });
});
afterAll(() => session?.close());

/** Waits until the screen has drawn what it loads. */
async function settled(p: Page) {
  await p.locator('#main').first().waitFor({ timeout: 30_000 });
  await p.waitForLoadState('networkidle');
  await p
    .waitForFunction(
      () => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[aria-busy="true"], .app__loading') === null,
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
}

describe('Content Security Policy in the browser', () => {
  test('the page is served with the policy: no inline scripts, no framing, nosniff, strict-origin-when-cross-origin', async () => {
    const res = (await page.goto(session.baseUrl))!;
    const h = res.headers();
    expect(h['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    expect(h['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options']).toBe('DENY');
  });

  for (const path of routePaths()) {
    test(`route ${path} runs without a violation`, async () => {
      session.cspViolations.length = 0;
      await page.goto(session.baseUrl + path);
      await settled(page);
      if (path === '/') await page.locator('[data-testid="graph"][data-state="ready"], [data-state="ready"]').first().waitFor({ timeout: 30_000 });
      expect(session.cspViolations).toEqual([]);
    });
  }

  test('signed in: the editing screens and the user accounts run without a violation', async () => {
    session.cspViolations.length = 0;
    await page.goto(`${session.baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(ADMIN.email);
    await form.getByLabel('Adgangskode').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });
    await settled(page);
    await page.getByRole('link', { name: 'Brugere' }).click();
    await page.getByTestId('users-table').waitFor();
    await settled(page);
    await screenshot(page, 'csp-users');
    expect(session.cspViolations).toEqual([]);
  });

  test('a planted inline script is refused and reported (the check is not blind)', async () => {
    session.cspViolations.length = 0;
    await page.goto(session.baseUrl);
    await settled(page);
    const ran = await page.evaluate(() => {
      const g = globalThis as unknown as {
        document: { createElement(t: string): { textContent: string }; body: { appendChild(e: unknown): void } };
        __planted?: number;
      };
      const script = g.document.createElement('script');
      script.textContent = 'globalThis.__planted = 1';
      g.document.body.appendChild(script);
      return g.__planted ?? 0;
    });
    expect(ran).toBe(0);
    await page.waitForTimeout(100);
    expect(session.cspViolations.some((v) => v.includes('script-src'))).toBe(true);
  });
});

describe('GraphiQL (development) under its own policy', () => {
  let dev: BrowserSession;
  beforeAll(async () => {
    dev = await openBrowserSession({ security: { secure: false, graphiql: true } });
  });
  afterAll(() => dev?.close());

  test('its inline scripts run, allowed by their hashes; nothing it loads is refused', async () => {
    // Its editor comes from unpkg, which this machine cannot reach: the page runs up to there.
    const res = (await dev.page.goto(`${dev.baseUrl}/graphql`, { waitUntil: 'load', timeout: 30_000 }))!;
    expect(res.headers()['content-type']).toContain('text/html');
    expect(res.headers()['content-security-policy']).toMatch(/script-src 'self' https:\/\/unpkg\.com 'sha256-/);
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const ranInline = await dev.page.evaluate(() => typeof (globalThis as unknown as { MonacoEnvironment?: unknown }).MonacoEnvironment === 'object');
    expect(ranInline).toBe(true);
    expect(dev.cspViolations).toEqual([]);
  });

  test('the web app beside it keeps the strict policy', async () => {
    const res = (await dev.page.goto(dev.baseUrl))!;
    expect(res.headers()['content-security-policy']).not.toContain('unpkg');
  });
});
