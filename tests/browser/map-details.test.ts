import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request, Route } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { apiData, waitForMap } from '../support/map-page.js';

/**
 * The map asks for what it draws; the details panel reads the selected node's stored
 * properties when it is selected, one small query per selection, with a status line while
 * they come.
 */
let session: BrowserSession;
let page: Page;

const NORDDJURS = 'org:municipality-norddjurs';
/** The GraphQL requests the page sent, by operation name (the query's text and variables). */
let sent: Array<{ name: string; query: string; variables: Record<string, unknown> }> = [];

function record(request: Request): void {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
  const body = JSON.parse(request.postData() ?? '{}') as { query?: string; variables?: Record<string, unknown> };
  const name = /query\s+(\w+)/.exec(body.query ?? '')?.[1] ?? '';
  sent.push({ name, query: body.query ?? '', variables: body.variables ?? {} });
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  page.on('request', record);
});

afterAll(async () => {
  await session?.close();
});

describe('the details panel', () => {
  test("the map's query asks for no stored properties", async () => {
    sent = [];
    await page.goto(session.baseUrl);
    await waitForMap(page);
    const graph = sent.filter((r) => r.name === 'GetGraph');
    expect(graph).toHaveLength(1);
    expect(graph[0]!.query).not.toContain('properties');
    expect(sent.filter((r) => r.name === 'GetNodeProperties')).toEqual([]);
  });

  test('selecting a node shows its properties, read on selection, with a status line while they come', async () => {
    const stored = await apiData<{ graph: { nodes: Array<{ id: string; properties: Record<string, unknown> }> } }>(
      session.testApp,
      `{ graph(filter: { focusId: "${NORDDJURS}", depth: 1, limit: 1 }) { nodes { id properties } } }`,
    );
    const code = String(stored.graph.nodes[0]!.properties.municipalityCode);
    expect(code).toMatch(/^\d+$/);

    // Hold the panel's read until the status line has been seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hold = async (route: Route) => {
      if (!(route.request().postData() ?? '').includes('GetNodeProperties')) return route.fallback();
      await held;
      return route.fallback();
    };
    await page.route('**/graphql', hold);
    sent = [];
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(NORDDJURS)}`);
    await waitForMap(page);
    const details = page.getByTestId('details');
    await details.getByRole('heading', { name: 'Norddjurs Kommune' }).waitFor();
    const loading = details.getByRole('status').filter({ hasText: 'Henter egenskaber' });
    await loading.waitFor();
    release();
    await loading.waitFor({ state: 'detached' });
    const property = details.locator('.details__property').filter({ hasText: 'Kommunekode' });
    await expect(property.locator('dd').textContent()).resolves.toBe(code);
    await screenshot(page, 'map-details-properties');
    await page.unroute('**/graphql', hold);

    // One read, of this node, after the map's.
    const reads = sent.filter((r) => r.name === 'GetNodeProperties');
    expect(reads.map((r) => r.variables)).toEqual([{ id: NORDDJURS }]);
    expect(sent.findIndex((r) => r.name === 'GetGraph')).toBeLessThan(sent.indexOf(reads[0]!));

    // Another node chosen from the panel, by keyboard: its own properties are read.
    const cluster = details.getByRole('button', { name: 'Randersklyngen' });
    await cluster.focus();
    await page.keyboard.press('Enter');
    await details.getByRole('heading', { name: 'Randersklyngen' }).waitFor();
    await details.locator('.details__property code', { hasText: 'org:cluster-randers' }).waitFor();
    expect(sent.filter((r) => r.name === 'GetNodeProperties').map((r) => r.variables)).toEqual([{ id: NORDDJURS }, { id: 'org:cluster-randers' }]);
  });
});
