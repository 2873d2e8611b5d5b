import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { routePaths } from '../support/routes.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const document: unknown;

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** Waits until the screen has drawn what it loads (no "Henter …" spinner left), then runs axe. */
async function axeViolations(p: Page) {
  await p.locator('#main').first().waitFor({ timeout: 30_000 });
  await p.waitForLoadState('networkidle');
  await p
    .waitForFunction(() => (document as { querySelector(s: string): unknown }).querySelector('[aria-busy="true"], .app__loading') === null, undefined, {
      timeout: 30_000,
    })
    .catch(() => undefined);
  return seriousViolations(p);
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  const paths = routePaths();

  test('ROUTES has at least the map, and the check finds a planted violation', async () => {
    expect(paths).toContain('/');
    // A control without a name must be reported, or the check proves nothing.
    await page.goto(session.baseUrl);
    await page.evaluate(() => {
      const doc = document as { body: { insertAdjacentHTML(where: string, html: string): void } };
      doc.body.insertAdjacentHTML('beforeend', '<button id="planted"></button>');
    });
    const planted = await axeViolations(page);
    expect(planted.map((v) => v.id)).toContain('button-name');
  });

  for (const path of paths) {
    test(`route ${path}`, async () => {
      await page.goto(session.baseUrl + path);
      const violations = await axeViolations(page);
      await screenshot(page, `a11y-route-${path === '/' ? 'map' : path}`);
      expect(violations).toEqual([]);
    });
  }

  test('the map with a path, a selection and a focus open', async () => {
    await page.goto(
      `${session.baseUrl}/?fra=org%3Agp-horsens-vestergade&til=org%3Appr-horsens&valgt=org%3Amunicipality-horsens&fokus=org%3Amunicipality-horsens&dybde=2`,
    );
    await page.getByTestId('path-panel').and(page.locator('[data-state="ready"]')).waitFor({ timeout: 30_000 });
    await page.getByTestId('interfaces').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !(globalThis as unknown as { __haenderne: { cy: { animated(): boolean } } }).__haenderne.cy.animated());
    await screenshot(page, 'a11y-map-panels');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the map in English at tablet size', async () => {
    const tablet = await session.browser.newPage({ viewport: { width: 768, height: 1024 } });
    try {
      await tablet.goto(`${session.baseUrl}/?lang=en&valgt=org%3Abua`);
      await tablet.getByTestId('details').waitFor({ timeout: 30_000 });
      expect(await axeViolations(tablet)).toEqual([]);
    } finally {
      await tablet.close();
    }
  });
});
