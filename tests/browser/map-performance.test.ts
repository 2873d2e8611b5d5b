import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { generateNational } from '../../seed/synthetic/national.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

declare const window: {
  __haenderne?: { cy: Core };
  __atReady?: { nodes: number; zoom: number };
  __restyled?: Record<string, number>;
  __restyledAtReady?: Record<string, number>;
};

const MAP = '[data-testid="graph-map"]';
const ELEMENTS = 2000;
// The time to the first drawing is printed here and held to its target (1.5 s) by the bench
// (bench/web.ts, `npm run bench`), not asserted: a timed test fails on a loaded machine for the
// machine's reasons (this one did at 5.3-10.8 s under parallel runs once "ready" waited for the
// drawn picture) and proves nothing about the code on a quiet one.

interface Node {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  shortName: string | null;
  municipalityCode: string | null;
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  level: string | null;
}

/**
 * The national synthetic dataset as the map's graph(filter) query would get it, cut to the map's default view
 * (no people, mandates, practices or municipal units: the nodes the overview draws) and then to
 * exactly ELEMENTS elements: all those nodes, and their edges with the current status first.
 */
function nationalView(): { nodes: Node[]; edges: Edge[] } {
  const file = generateNational({});
  const hiddenLabels = new Set(['Person', 'Mandate']);
  const hiddenKinds = new Set(['GP_PRACTICE', 'MUNICIPAL_UNIT']);
  const nodes: Node[] = [];
  for (const raw of file.nodes as Array<Record<string, unknown>>) {
    const { id, label, name, kind, sector, shortName, municipalityCode } = raw;
    if (hiddenLabels.has(label as string) || (label === 'Organisation' && hiddenKinds.has(kind as string))) continue;
    nodes.push({
      id: id as string,
      label: label as string,
      name: String(name ?? id),
      kind: (kind as string) ?? null,
      sector: (sector as string) ?? null,
      shortName: (shortName as string) ?? null,
      municipalityCode: (municipalityCode as string) ?? null,
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges: Array<Edge & { asOf: string }> = [];
  for (const raw of file.relationships as Array<Record<string, unknown>>) {
    const { id, type, from, to, level, asOf } = raw;
    if (!ids.has(from as string) || !ids.has(to as string)) continue;
    edges.push({
      id: id as string,
      type: type as string,
      source: from as string,
      target: to as string,
      level: (level as string) ?? null,
      asOf: String(asOf ?? ''),
    });
  }
  // Older statuses last, so the cut keeps every structural edge.
  edges.sort((a, b) => Number(a.type === 'STATUS') - Number(b.type === 'STATUS') || b.asOf.localeCompare(a.asOf));
  return { nodes, edges: edges.slice(0, ELEMENTS - nodes.length).map(({ asOf: _, ...e }) => e) };
}

let session: BrowserSession;
let page: Page;
let view: { nodes: Node[]; edges: Edge[] };

beforeAll(async () => {
  view = nationalView();
  session = await openBrowserSession();
  page = session.page;
  // The graph query answers with the national view; everything else goes to the real API.
  await page.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (!body.includes('GetGraph')) return route.continue();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ data: { graph: { nodes: view.nodes, edges: view.edges, totalNodes: view.nodes.length, truncated: false } } }),
    });
  });
});

afterAll(async () => {
  await session?.close();
});

async function drawOnce(): Promise<{ ms: number; layout: string; drawn: number }> {
  await page.locator(`${MAP}[data-state="ready"][data-first-draw-ms]`).waitFor({ timeout: 60_000 });
  const map = page.locator(MAP);
  const ms = Number(await map.getAttribute('data-first-draw-ms'));
  const layout = (await map.getAttribute('data-layout')) ?? '';
  const drawn = await page.evaluate(() => window.__haenderne!.cy.elements().length);
  return { ms, layout, drawn };
}

describe('a 2,000-element view (national synthetic data)', () => {
  test('says ready only once the loaded picture is in the map, laid out and fitted', async () => {
    // Read at the very moment data-state turns "ready" (the bench's and the tests' signal), not
    // after the waits of a test: the empty map's layout once made it ready before the data was in.
    // As source text: the page runs it before the app's own scripts.
    await page.addInitScript({
      content: `new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="graph-map"][data-state="ready"]')) return;
        observer.disconnect();
        const cy = window.__haenderne.cy;
        window.__atReady = { nodes: cy.nodes().length, zoom: cy.zoom() };
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });`,
    });
    await page.goto(session.baseUrl);
    await page.locator(`${MAP}[data-state="ready"]`).waitFor({ timeout: 60_000 });
    const atReady = await page.evaluate(() => window.__atReady);
    const drawn = await page.evaluate(() => window.__haenderne!.cy.nodes().length);
    expect(atReady?.nodes).toBe(drawn);
    expect(drawn).toBeGreaterThan(100);
    // Fitted: the whole region on a 1280-pixel screen is far below Cytoscape's starting zoom of 1.
    expect(atReady!.zoom).toBeLessThan(1);
  });

  test('restyles an element only when its classes change: once before the first drawing, and a zoom or a selection only what it changes', async () => {
    // Counts Cytoscape's 'style' event per element (emitted when an element's style is marked for
    // recalculation, before the next read or frame recomputes it) from the instance's creation.
    // Writing cy.scratch() restyled every element (the core's data setter calls cy.updateStyle()),
    // and removeClass restyles every element it is called on, whether it had the class or not:
    // each element was styled three times before the national view's first drawing.
    await page.addInitScript({
      content: `(() => {
        let held;
        window.__restyled = {};
        Object.defineProperty(window, '__haenderne', { configurable: true, get: () => held, set: (value) => {
          held = value;
          if (value) value.cy.on('style', (event) => { const id = event.target.id(); window.__restyled[id] = (window.__restyled[id] || 0) + 1; });
        } });
        new MutationObserver((_, observer) => {
          if (!document.querySelector('[data-testid="graph-map"][data-state="ready"]')) return;
          observer.disconnect();
          window.__restyledAtReady = { ...window.__restyled };
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      })();`,
    });
    await page.goto(session.baseUrl);
    await page.locator(`${MAP}[data-state="ready"]`).waitFor({ timeout: 60_000 });
    const atReady = (await page.evaluate(() => window.__restyledAtReady))!;
    const total = await page.evaluate(() => window.__haenderne!.cy.elements().length);
    // Added (1), then only its own class changes: its level of detail once the zoom is fitted, an
    // aggregate edge's count culled where it would overlap. It was at least four for every element.
    expect(Object.keys(atReady).length).toBe(total);
    expect(Math.max(...Object.values(atReady))).toBeLessThanOrEqual(3);
    const marked = Object.values(atReady).reduce((n, v) => n + v, 0);
    console.log(`restyles before the first drawing: ${marked} for ${total} elements`);
    expect(marked).toBeLessThan(2 * total);

    const restyledBy = async (act: () => Promise<void>): Promise<{ restyled: number; changed: number }> => {
      const classesBefore = await page.evaluate(() =>
        Object.fromEntries(window.__haenderne!.cy.elements().map((e) => [e.id(), e.classes().join(' ')] as const)),
      );
      await page.evaluate(() => {
        window.__restyled = {};
      });
      await act();
      return page.evaluate((before) => {
        const cy = window.__haenderne!.cy;
        const changed = cy.elements().filter((e) => e.classes().join(' ') !== before[e.id()]).length;
        return { restyled: Object.keys(window.__restyled!).length, changed };
      }, classesBefore);
    };
    // Zooming in past a level of detail shows more labels: only those elements change.
    const zoom = await restyledBy(async () => {
      await page.evaluate(() => {
        const cy = window.__haenderne!.cy;
        cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
    });
    // All but a handful (a few large frames are restyled by Cytoscape itself on a zoom); every
    // element was, as the level of detail was kept in cy.scratch().
    expect(zoom.changed).toBeGreaterThan(0);
    expect(zoom.restyled).toBeGreaterThanOrEqual(zoom.changed);
    expect(zoom.restyled - zoom.changed).toBeLessThan(total / 20);
    // A search that matches one node highlights it and fades the rest; clearing it restores only those.
    const name = await page.evaluate(() => window.__haenderne!.cy.nodes('[!isFrame][tier = 1]')[0]!.data('name') as string);
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await search.fill(name);
    await page.waitForFunction(() => window.__haenderne!.cy.nodes('.highlighted').nonempty());
    const cleared = await restyledBy(async () => {
      await search.fill('');
      await page.waitForFunction(() => window.__haenderne!.cy.elements('.faded, .highlighted').empty());
    });
    expect(cleared.changed).toBeGreaterThan(0);
    expect(cleared.restyled - cleared.changed).toBeLessThan(total / 20);
    expect(session.pageErrors).toEqual([]);
  });

  test('is drawn with its time measured, and the next visit draws the same picture', async () => {
    expect(view.nodes.length + view.edges.length).toBe(ELEMENTS);
    await page.goto(session.baseUrl);
    const first = await drawOnce();
    await screenshot(page, 'map-national-2000');
    console.log(`national view, ${ELEMENTS} elements: first draw ${first.ms} ms (${first.layout}), ${first.drawn} elements drawn`);
    expect(first.layout).toBe('bands');
    // The overview bundles detail and merges edges that leave a frame: fewer elements, each of them drawn.
    expect(first.drawn).toBeGreaterThan(100);
    expect(first.ms).toBeGreaterThan(0);

    const leafPositions = () =>
      page.evaluate(() => Object.fromEntries(window.__haenderne!.cy.nodes(':childless').map((n) => [n.id(), [n.position().x, n.position().y]] as const)));
    const positions = await leafPositions();
    await page.reload();
    const second = await drawOnce();
    console.log(`same view again: ${second.ms} ms (${second.layout})`);
    expect(second.layout).toBe('bands');
    expect(second.ms).toBeGreaterThan(0);
    const again = await leafPositions();
    expect(Object.keys(again).sort()).toEqual(Object.keys(positions).sort());
    const moved = Object.entries(again).filter(([id, [x, y]]) => Math.abs(x - positions[id]![0]) > 0.1 || Math.abs(y - positions[id]![1]) > 0.1);
    expect(moved).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
