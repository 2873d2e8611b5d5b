import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// Same path as CHROMIUM_PATH in tests/support/browser.ts (not imported: that module loads the whole API).
const CHROMIUM_PATH = '/usr/bin/chromium';
const viteConfig = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's build of the web app is; the test servers serve it. */
    webDistDir: string;
  }
}

/**
 * Once per browser run: check that Debian's Chromium is there, then build the web app with the
 * project's own Vite config into a directory of this run's own, so the tests always drive the
 * current code and two runs at once (or `npm start` beside a run) never see each other's build.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is missing. ` +
        'Install it with `sudo apt-get update && sudo apt-get install -y chromium` ' +
        '(playwright-core drives the system Chromium; do not run `npx playwright install`).',
    );
  }
  // Vitest sets NODE_ENV=test; the app under test is the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-web-'));
  try {
    await build({ configFile: viteConfig, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } catch (err) {
    throw new Error(`Building the web app for the browser tests failed: ${(err as Error).message}`);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('webDistDir', outDir);
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}
