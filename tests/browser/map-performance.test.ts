import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { generateNational } from '../../seed/synthetic/national.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

declare const window: { __haenderne?: { cy: Core }; __atReady?: { nodes: number; zoom: number } };

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
