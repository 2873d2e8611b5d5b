import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { waitForMap } from '../support/map-page.js';

declare const window: { __haenderne?: { cy: Core } };

const HORSENS = 'org:municipality-horsens';
const RANDERS_CLUSTER = 'org:cluster-randers';

let session: BrowserSession;
let page: Page;
interface GraphAnswer {
  nodes: Array<{ id: string; kind: string | null; sector: string | null; properties: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; type: string }>;
}
let graph: GraphAnswer;

beforeAll(async () => {
  session = await openBrowserSession({ viewport: { width: 1366, height: 900 } });
  page = session.page;
  const res = await session.testApp.gql<{ graph: GraphAnswer }>(
    '{ graph(filter: { limit: 5000 }) { nodes { id kind sector properties } edges { source target type } } }',
  );
  graph = res.data!.graph;
});

afterAll(async () => {
  await session?.close();
});

const drawnIds = () => page.evaluate(() => window.__haenderne!.cy.nodes().map((n) => n.id()));
const clusterSelect = () => page.getByLabel('Klynge', { exact: true });
const municipalitySelect = () => page.getByLabel('Kommune', { exact: true });
const optionValues = (select: ReturnType<typeof clusterSelect>) => select.locator('option').evaluateAll((els) => els.map((e) => e.getAttribute('value') ?? ''));

describe('filters that agree', () => {
  test('a cluster narrows the municipality list; a municipality brings its own cluster; the two never contradict', async () => {
    await page.goto(session.baseUrl);
    await waitForMap(page);
    const inRanders = graph.edges
      .filter((e) => e.type === 'IN_CLUSTER' && e.target === RANDERS_CLUSTER && graph.nodes.find((n) => n.id === e.source)?.kind === 'MUNICIPALITY')
      .map((e) => e.source);
    expect(inRanders.length).toBeGreaterThanOrEqual(3);

    await clusterSelect().selectOption(RANDERS_CLUSTER);
    await waitForMap(page);
    expect((await optionValues(municipalitySelect())).filter(Boolean).sort()).toEqual(inRanders.sort());

    // Horsens is not in Randers' list; choosing it (as a shared address could) takes its own cluster.
    await page.goto(`${session.baseUrl}/?klynge=${encodeURIComponent(RANDERS_CLUSTER)}&kommune=${encodeURIComponent(HORSENS)}`);
    await waitForMap(page);
    const ids = await drawnIds();
    // The municipality's scope, not the few nodes Randers and Horsens happen to share.
    expect(ids).toContain(HORSENS);
    expect(ids).toContain('org:ppr-horsens');
    expect(ids.length).toBeGreaterThan(20);

    await page.goto(session.baseUrl);
    await waitForMap(page);
    await municipalitySelect().selectOption(HORSENS);
    await waitForMap(page);
    await expect(clusterSelect().inputValue()).resolves.toBe('org:cluster-horsens');
    await clusterSelect().selectOption(RANDERS_CLUSTER);
    await waitForMap(page);
    await expect(municipalitySelect().inputValue()).resolves.toBe('');
  });

  test("a municipality's scope includes its units and the GP practices located in it; the counts follow the scope", async () => {
    await page.goto(session.baseUrl);
    await waitForMap(page);
    const countOf = async (sector: string) => {
      const text = await page.locator(`input[name="sector"][value="${sector}"]`).locator('xpath=..').locator('.check__count').textContent();
      return Number((text ?? '').replace(/\D/g, ''));
    };
    const regionWide = await countOf('GENERAL_PRACTICE');

    await municipalitySelect().selectOption(HORSENS);
    await waitForMap(page);
    await screenshot(page, 'map-scope-horsens');
    const code = graph.nodes.find((n) => n.id === HORSENS)!.properties.municipalityCode;
    const practices = graph.nodes.filter((n) => n.kind === 'GP_PRACTICE' && n.properties.municipalityCode === code).map((n) => n.id);
    const units = graph.edges.filter((e) => e.type === 'PART_OF' && e.target === HORSENS).map((e) => e.source);
    expect(practices.length).toBeGreaterThan(0);
    const ids = new Set(await drawnIds());
    for (const id of [...practices, ...units]) expect(ids.has(id), id).toBe(true);

    const scoped = await countOf('GENERAL_PRACTICE');
    expect(scoped).toBeLessThan(regionWide);
    expect(scoped).toBeGreaterThanOrEqual(practices.length);
    // The label's count says how many the map draws when nothing else hides them.
    const drawnPractices = await page.evaluate(() => window.__haenderne!.cy.nodes('[sector = "GENERAL_PRACTICE"]').length);
    expect(scoped).toBe(drawnPractices);
  });

  test('an empty result says why, and "undo the last filter" brings the map back', async () => {
    await page.goto(`${session.baseUrl}/?kommune=${encodeURIComponent(HORSENS)}`);
    await waitForMap(page);
    const before = (await drawnIds()).length;
    const sectors = page.getByRole('group', { name: 'Sektorer' }).getByRole('checkbox');
    const count = await sectors.count();
    for (let i = 0; i < count; i++) await sectors.nth(i).uncheck();
    const why = page.getByTestId('empty-why');
    await why.waitFor();
    const text = (await why.textContent()) ?? '';
    expect(text).toContain('Horsens Kommune');
    expect(text).toMatch(/skjuler dem alle/);
    expect(text).toMatch(/Uden sektor: \d+/);
    await screenshot(page, 'map-empty-why');
    await page.getByTestId('undo-filter').click();
    await waitForMap(page);
    await why.waitFor({ state: 'detached' });
    const after = (await drawnIds()).length;
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });
});
