import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelectorAll(selector: string): Iterable<{ getBoundingClientRect(): Box; textContent: string | null }>;
  querySelector(selector: string): { getBoundingClientRect(): Box } | null;
};

const SIZES = [
  { name: 'desktop', width: 1280, height: 720 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
  { name: 'tablet-portrait', width: 768, height: 1024 },
];

/** The screens in ROUTES (read from routes.tsx, as in a11y.test.ts), parameters filled from the seed. */
function routePaths(): string[] {
  const source = fs.readFileSync(new URL('../../web/src/app/routes.tsx', import.meta.url), 'utf8');
  const list = source.slice(source.indexOf('ROUTES'));
  return [
    ...new Set(
      [...list.matchAll(/\bpath:\s*['"`]([^'"`]+)['"`]/g)].map((m) =>
        m[1]!
          .replace(/:(\w+)\??/g, (_, name: string) => encodeURIComponent(/cluster|klynge/i.test(name) ? 'org:cluster-randers' : 'org:municipality-randers'))
          .replace(/\/\*\??$/, ''),
      ),
    ),
  ];
}

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

/** Everything in the header (links, buttons) inside the viewport, and the page not wider than it. */
async function headerFits(page: Page, width: number) {
  const result = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.app__header a, .app__header button')].map((e) => ({
      text: (e.textContent ?? '').trim(),
      ...e.getBoundingClientRect(),
    }));
    return { boxes, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
  });
  const outside = result.boxes.filter((b) => b.left < 0 || b.right > width + 0.5 || b.width === 0);
  return { outside, overflow: result.scrollWidth - result.clientWidth, count: result.boxes.length };
}

describe('usable at 1280×720 and on a tablet', () => {
  for (const size of SIZES) {
    test(`${size.name} (${size.width}×${size.height}): header, map, panels and legend in view`, async () => {
      const page = await session.browser.newPage({ viewport: { width: size.width, height: size.height } });
      try {
        await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent('org:municipality-horsens')}&fra=org%3Agp-horsens-vestergade&til=org%3Appr-horsens`);
        await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
        await page.getByTestId('path-panel').and(page.locator('[data-state="ready"]')).waitFor();

        const header = await headerFits(page, size.width);
        expect(header.count).toBeGreaterThan(1);
        expect(header.outside).toEqual([]);
        expect(header.overflow).toBe(0);

        const box = async (selector: string) => page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect() ?? null, selector);
        const map = (await box('[data-testid="graph-map"]'))!;
        const sidebar = (await box('.sidebar'))!;
        const panels = (await box('.panels'))!;
        const legend = (await box('[data-testid="legend"]'))!;
        // The map keeps a usable area; search, panels and legend are on screen.
        expect(map.width).toBeGreaterThanOrEqual(size.width >= 1024 ? 440 : 500);
        expect(map.height).toBeGreaterThanOrEqual(300);
        for (const [name, b] of Object.entries({ sidebar, panels, legend })) {
          expect(b.left, `${name} left`).toBeGreaterThanOrEqual(0);
          expect(b.right, `${name} right`).toBeLessThanOrEqual(size.width + 0.5);
          expect(b.bottom, `${name} bottom`).toBeLessThanOrEqual(size.height + 0.5);
          expect(b.width, `${name} width`).toBeGreaterThan(150);
        }
        // The path is brought into the map's visible area.
        await page.waitForFunction(() => !(globalThis as unknown as { __haenderne: { cy: { animated(): boolean } } }).__haenderne.cy.animated());
        const offscreen = await page.evaluate(() => {
          const cy = (globalThis as unknown as { __haenderne: { cy: import('cytoscape').Core } }).__haenderne.cy;
          return cy
            .nodes('.on-path')
            .map((n) => ({ id: n.id(), at: n.renderedPosition() }))
            .filter(({ at }) => at.x < 0 || at.y < 0 || at.x > cy.width() || at.y > cy.height())
            .map(({ id, at }) => `${id} at ${Math.round(at.x)},${Math.round(at.y)} of ${cy.width()}×${cy.height()}`);
        });
        await screenshot(page, `layout-${size.name}`);
        expect(offscreen).toEqual([]);
        await page.getByRole('combobox', { name: 'Søg efter navn' }).waitFor();
        expect(await page.getByRole('button', { name: 'Tilpas visning' }).isVisible()).toBe(true);
      } finally {
        await page.close();
      }
    });
  }

  test('every route keeps its header inside a portrait tablet and is no wider than it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 768, height: 1024 } });
    try {
      for (const path of routePaths()) {
        await page.goto(session.baseUrl + path);
        await page.locator('#main').first().waitFor({ timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        await screenshot(page, `layout-route-${path === '/' ? 'map' : path}-768`);
        const header = await headerFits(page, 768);
        expect(header.outside, path).toEqual([]);
        expect(header.overflow, `${path}: the page is wider than a 768px screen`).toBe(0);
      }
    } finally {
      await page.close();
    }
  });
});
