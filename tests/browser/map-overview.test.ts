import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { MAP, waitForMap } from '../support/map-page.js';

declare const window: { __haenderne?: { cy: Core } };

/** The screen: a laptop in Chromium. */
const LAPTOP = { width: 1366, height: 900 };
const TABLET = { width: 768, height: 1024 };

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession({ viewport: LAPTOP });
});

afterAll(async () => {
  await session?.close();
});

/** A fresh visit: a new browser context (no storage, no cache) at `viewport`. */
async function freshVisit(browser: Browser, viewport: { width: number; height: number }, path = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const p = await context.newPage();
  await p.goto(session.baseUrl + path);
  await waitForMap(p);
  return p;
}

interface DrawnLabels {
  zoom: number;
  /** Labels drawn now: visible, not culled, not under the level of detail's cut. */
  labels: Array<{ id: string; text: string; px: number; box: { x1: number; y1: number; x2: number; y2: number } }>;
  overlaps: string[];
}

/**
 * Reads the live Cytoscape instance: every label drawn at the current zoom, with its font size
 * on screen (model font size × zoom) and its rendered bounding box (Cytoscape's own measure of
 * the text), and every pair of drawn labels whose boxes overlap.
 */
function measureLabels(p: Page): Promise<DrawnLabels> {
  return p.evaluate(() => {
    const cy = window.__haenderne!.cy;
    const zoom = cy.zoom();
    const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const labels: DrawnLabels['labels'] = [];
    cy.elements().forEach((e) => {
      const style = (name: string) => (e as unknown as { pstyle(n: string): { strValue: string; pfValue: number } }).pstyle(name);
      const text = style('label').strValue;
      if (!text || !e.visible() || style('text-opacity').pfValue === 0 || Number(style('opacity').pfValue) === 0) return;
      const px = style('font-size').pfValue * zoom;
      const box = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
      // Only what is on the screen counts.
      if (box.x2 < view.x1 || box.x1 > view.x2 || box.y2 < view.y1 || box.y1 > view.y2) return;
      labels.push({ id: e.id(), text, px, box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } });
    });
    const overlaps: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i]!.box;
        const b = labels[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps.push(`${labels[i]!.text} / ${labels[j]!.text}`);
      }
    return { zoom, labels, overlaps };
  });
}

async function zoomAbout(p: Page, factor: number, at: { x: number; y: number } | null = null): Promise<void> {
  await p.evaluate(
    ([f, point]) => {
      const cy = window.__haenderne!.cy;
      const renderedPosition = point ?? { x: cy.width() / 2, y: cy.height() / 2 };
      cy.zoom({ level: cy.zoom() * f, renderedPosition });
    },
    [factor, at] as const,
  );
}

describe('the overview at first sight', () => {
  test('at 1366×900: no two drawn labels overlap, none is under 10 px, and the landmarks are named', async () => {
    const p = await freshVisit(session.browser, LAPTOP);
    try {
      await screenshot(p, 'overview-1366x900');
      const first = await measureLabels(p);
      console.log(
        `first view: zoom ${first.zoom.toFixed(3)}, ${first.labels.length} labels, smallest ${Math.min(...first.labels.map((l) => l.px)).toFixed(1)} px`,
      );
      expect(first.overlaps).toEqual([]);
      for (const l of first.labels) expect(l.px, l.text).toBeGreaterThanOrEqual(10);
      // The question "how do region, general practice and municipality meet" is answered by name:
      // every cluster frame, every municipality, the region and the GP organisation are named.
      const named = new Set(first.labels.map((l) => l.id));
      const landmarks = await p.evaluate(() =>
        window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"], [kind = "CLUSTER"], [kind = "REGION"], [kind = "GP_ORGANISATION"]').map((n) => n.id()),
      );
      expect(landmarks.length).toBeGreaterThanOrEqual(19 + 5 + 2);
      expect(landmarks.filter((id) => !named.has(id))).toEqual([]);
      // The places are named: the columns' headings, left to right.
      const headings = await p
        .getByTestId('band-headings')
        .locator('li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-band')));
      expect(headings).toEqual(['REGION', 'BRIDGE_LEFT', 'GENERAL_PRACTICE', 'BRIDGE_RIGHT', 'MUNICIPALITY']);
      // General practice is in the default view: the practices, bundled per cluster.
      const practices = await p.evaluate(() => window.__haenderne!.cy.nodes('[kind = "GP_PRACTICE"]').length);
      expect(practices).toBeGreaterThanOrEqual(5);

      // Zooming in draws more labels, by priority, still none overlapping or under 10 px.
      let previous = first.labels.length;
      for (const factor of [1.8, 1.7]) {
        await zoomAbout(p, factor);
        const closer = await measureLabels(p);
        console.log(`zoom ${closer.zoom.toFixed(3)}: ${closer.labels.length} labels in view`);
        expect(closer.overlaps).toEqual([]);
        for (const l of closer.labels) expect(l.px, l.text).toBeGreaterThanOrEqual(10);
        const smallest = Math.min(...closer.labels.map((l) => l.px));
        expect(smallest).toBeLessThan(Math.min(...first.labels.map((l) => l.px)) * factor);
        previous = closer.labels.length;
      }
      expect(previous).toBeGreaterThan(0);
    } finally {
      await p.context().close();
    }
  });

  test('zoomed in on a cluster, the detail labels appear (level of detail), without overlaps', async () => {
    const p = await freshVisit(session.browser, LAPTOP);
    try {
      const first = await measureLabels(p);
      const tiersAtFirst = await p.evaluate(() =>
        [
          ...new Set(
            window
              .__haenderne!.cy.nodes(':childless')
              .filter((n) => !n.hasClass('lod-hidden'))
              .map((n) => n.data('tier') as number),
          ),
        ].sort(),
      );
      const horsens = await p.evaluate(() => window.__haenderne!.cy.getElementById('org:municipality-horsens').renderedPosition());
      await zoomAbout(p, 3, horsens);
      const close = await measureLabels(p);
      const tiersClose = await p.evaluate(() =>
        [
          ...new Set(
            window
              .__haenderne!.cy.nodes(':childless')
              .filter((n) => !n.hasClass('lod-hidden'))
              .map((n) => n.data('tier') as number),
          ),
        ].sort(),
      );
      await screenshot(p, 'overview-zoomed-horsens');
      expect(close.overlaps).toEqual([]);
      for (const l of close.labels) expect(l.px, l.text).toBeGreaterThanOrEqual(10);
      expect(tiersClose.length).toBeGreaterThan(tiersAtFirst.length);
      expect(first.labels.length).toBeGreaterThan(0);
    } finally {
      await p.context().close();
    }
  });

  test('the same picture every time: two fresh visits put every node at the same place', async () => {
    const positions = async (path: string) => {
      const p = await freshVisit(session.browser, LAPTOP, path);
      try {
        return await p.evaluate(() =>
          Object.fromEntries(window.__haenderne!.cy.nodes(':childless').map((n) => [n.id(), [n.position().x, n.position().y]] as const)),
        );
      } finally {
        await p.context().close();
      }
    };
    for (const path of ['/', '/?kommune=org%3Amunicipality-horsens', '/?fokus=org%3Amunicipality-horsens&dybde=2']) {
      const a = await positions(path);
      const b = await positions(path);
      expect(Object.keys(a).length, path).toBeGreaterThan(10);
      expect(b, path).toEqual(a);
    }
  });

  test('the picture does not depend on the order the engine returns the graph in (Neo4j and the embedded engine may differ)', async () => {
    const positionsOf = async (reverse: boolean) => {
      const context = await session.browser.newContext({ viewport: LAPTOP, locale: 'da-DK' });
      const p = await context.newPage();
      if (reverse) {
        await p.route('**/graphql', async (route) => {
          if (!(route.request().postData() ?? '').includes('GetGraph')) return route.continue();
          const response = await route.fetch();
          const body = (await response.json()) as { data: { graph: { nodes: unknown[]; edges: unknown[] } } };
          body.data.graph.nodes.reverse();
          body.data.graph.edges.reverse();
          await route.fulfill({ response, json: body });
        });
      }
      try {
        await p.goto(session.baseUrl);
        await waitForMap(p);
        return await p.evaluate(() =>
          Object.fromEntries(window.__haenderne!.cy.nodes(':childless').map((n) => [n.id(), [n.position().x, n.position().y]] as const)),
        );
      } finally {
        await context.close();
      }
    };
    const a = await positionsOf(false);
    const b = await positionsOf(true);
    expect(Object.keys(a).length).toBeGreaterThan(50);
    expect(b).toEqual(a);
  });

  test('a portrait tablet (768×1024) draws the same overview with readable, non-overlapping labels', async () => {
    const p = await freshVisit(session.browser, TABLET);
    try {
      await screenshot(p, 'overview-768x1024');
      const first = await measureLabels(p);
      expect(first.overlaps).toEqual([]);
      for (const l of first.labels) expect(l.px, l.text).toBeGreaterThanOrEqual(10);
    } finally {
      await p.context().close();
    }
  });

  test('hovering a node shows its full name, kind, sector, parents and main links', async () => {
    const p = await freshVisit(session.browser, LAPTOP);
    try {
      const at = await p.evaluate(() => window.__haenderne!.cy.getElementById('org:municipality-horsens').renderedPosition());
      const box = (await p.locator(MAP).boundingBox())!;
      await p.mouse.move(box.x + at.x, box.y + at.y);
      const card = p.getByTestId('hover-card');
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('Horsens Kommune');
      expect(text).toContain('Kommune');
      expect(text).toMatch(/Hører til: Horsensklyngen/);
      expect(text).toMatch(/→/);
      await p.mouse.move(box.x + 5, box.y + box.height - 5);
      await card.waitFor({ state: 'detached' });
    } finally {
      await p.context().close();
    }
  });

  test('a bundle opens with a click and its members take its place', async () => {
    const p = await freshVisit(session.browser, LAPTOP);
    try {
      const bundle = await p.evaluate(() => {
        const cy = window.__haenderne!.cy;
        const b = cy.nodes('[kind = "GP_PRACTICE"][count > 2]').first();
        return { id: b.id(), count: b.data('count') as number, parent: b.data('frame') as string, at: b.renderedPosition() };
      });
      expect(bundle.count).toBeGreaterThan(2);
      const box = (await p.locator(MAP).boundingBox())!;
      await p.mouse.click(box.x + bundle.at.x, box.y + bundle.at.y);
      await p.waitForFunction((id) => window.__haenderne!.cy.getElementById(id).empty(), bundle.id);
      await waitForMap(p);
      const opened = await p.evaluate(
        (parent) => window.__haenderne!.cy.nodes(`[kind = "GP_PRACTICE"]`).filter((n) => n.data('frame') === parent).length,
        bundle.parent,
      );
      expect(opened).toBe(bundle.count);
      expect(new URL(p.url()).searchParams.get('aaben')).toBeTruthy();
    } finally {
      await p.context().close();
    }
  });
});
