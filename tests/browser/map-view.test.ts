import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { MAP, waitForMap } from '../support/map-page.js';

declare const window: { __haenderne?: { cy: Core }; location: { search: string } };

const HORSENS = 'org:municipality-horsens';

let session: BrowserSession;
let page: Page;

/** Ids of every drawn node, frames included. */
const drawnNodes = (p: Page = page) =>
  p.evaluate(() =>
    window
      .__haenderne!.cy.nodes()
      .map((n) => n.id())
      .sort(),
  );
const search = async (p: Page = page) => new URLSearchParams(await p.evaluate(() => window.location.search));

interface GraphAnswer {
  graph: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string; type: string }> };
}
let edges: GraphAnswer['graph']['edges'];

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  const res = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ graph(filter: { limit: 5000 }) { nodes { id } edges { source target type } } }' }),
  });
  edges = ((await res.json()) as { data: GraphAnswer }).data.graph.edges;
});

afterAll(async () => {
  await session?.close();
});

describe('focus, expand, scope and the view in the URL', () => {
  test('"Fokusér" shows a node and its neighbours; "Udvid" adds the next ring of neighbours', async () => {
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(HORSENS)}`);
    await waitForMap(page);
    await page.getByTestId('details').getByTestId('details-focus').click();
    await page.getByTestId('focus-bar').and(page.locator('[data-depth="1"]')).waitFor();
    await waitForMap(page);
    const ring1 = await drawnNodes();
    await screenshot(page, 'map-focus-1');

    // Depth 1: Horsens and exactly its direct neighbours (as the API's edges say), nothing else.
    const neighbours = new Set<string>([HORSENS]);
    for (const e of edges) {
      if (e.source === HORSENS) neighbours.add(e.target);
      if (e.target === HORSENS) neighbours.add(e.source);
    }
    const ring1Leaves = await page.evaluate(() =>
      window
        .__haenderne!.cy.nodes()
        .filter((n) => !n.data('context'))
        .map((n) => n.id()),
    );
    expect(new Set(ring1Leaves)).toEqual(neighbours);
    expect((await search()).get('fokus')).toBe(HORSENS);

    await page.getByTestId('focus-expand').click();
    await page.getByTestId('focus-bar').and(page.locator('[data-depth="2"]')).waitFor();
    await waitForMap(page);
    const ring2 = await drawnNodes();
    await screenshot(page, 'map-focus-2');
    expect(ring2.length).toBeGreaterThan(ring1.length);
    expect(ring2).toEqual(expect.arrayContaining(ring1));
    // Every added node touches a node of the first ring.
    const ring1Set = new Set(ring1);
    for (const id of ring2.filter((n) => !ring1Set.has(n))) {
      const touches = edges.some((e) => (e.source === id && ring1Set.has(e.target)) || (e.target === id && ring1Set.has(e.source)));
      expect(touches, `${id} is a neighbour of the first ring`).toBe(true);
    }
    expect((await search()).get('dybde')).toBe('2');

    // Back returns to depth 1; "Afslut fokus" ends it.
    await page.goBack();
    await page.getByTestId('focus-bar').and(page.locator('[data-depth="1"]')).waitFor();
    await waitForMap(page);
    expect(await drawnNodes()).toEqual(ring1);
    await page.getByTestId('focus-bar').getByRole('button', { name: 'Afslut fokus' }).click();
    await page.getByTestId('focus-bar').waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });

  test('cluster, municipality and relation-type filters narrow the map', async () => {
    await page.goto(session.baseUrl);
    await waitForMap(page);
    await page.getByLabel('Klynge', { exact: true }).selectOption({ label: 'Randersklyngen' });
    await waitForMap(page);
    const inRanders = await page.evaluate(() =>
      window
        .__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]')
        .map((n) => n.id())
        .sort(),
    );
    expect(inRanders).toEqual(['org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers', 'org:municipality-syddjurs']);
    expect((await search()).get('klynge')).toBe('org:cluster-randers');
    await screenshot(page, 'map-cluster-randers');

    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Norddjurs Kommune' });
    await waitForMap(page);
    const inNorddjurs = await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').map((n) => n.id()));
    expect(inNorddjurs).toEqual(['org:municipality-norddjurs']);

    // Relation types: without "Del af" no PART_OF edge is drawn.
    expect(await page.evaluate(() => window.__haenderne!.cy.edges('[type = "PART_OF"]').length)).toBeGreaterThan(0);
    await page.locator('input[name="relation"][value="PART_OF"]').uncheck();
    await waitForMap(page);
    expect(await page.evaluate(() => window.__haenderne!.cy.edges('[type = "PART_OF"]').length)).toBe(0);
    expect((await search()).get('skjul-relation')).toBe('PART_OF');
  });

  test('a copied URL restores filters, scope and selection; back/forward restore earlier filters', async () => {
    const url = page.url();
    const before = await drawnNodes();
    const other = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await other.goto(url);
      await waitForMap(other);
      expect(await drawnNodes(other)).toEqual(before);
      await expect(other.locator('input[name="relation"][value="PART_OF"]').isChecked()).resolves.toBe(false);
      await expect(other.getByLabel('Kommune', { exact: true }).inputValue()).resolves.toBe('org:municipality-norddjurs');
    } finally {
      await other.close();
    }

    // Back: PART_OF edges again; back once more: the whole cluster.
    await page.goBack();
    await waitForMap(page);
    await expect(page.locator('input[name="relation"][value="PART_OF"]').isChecked()).resolves.toBe(true);
    await page.goBack();
    await waitForMap(page);
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').length)).toBe(4);
    await page.goForward();
    await waitForMap(page);
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').length)).toBe(1);

    // A selection in the URL opens its details.
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent('org:bua')}&skjul-sektor=NATIONAL`);
    await waitForMap(page);
    await page.getByTestId('details').getByRole('heading', { name: 'Børne- og Ungdomspsykiatrisk Afdeling' }).waitFor();
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((n) => n.id()))).toEqual(['org:bua']);
    await expect(page.locator('input[name="sector"][value="NATIONAL"]').isChecked()).resolves.toBe(false);
  });

  test('an organisation shows its interfaces; a person shows contact details as the role rules allow', async () => {
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(HORSENS)}`);
    await waitForMap(page);
    const interfaces = page.getByTestId('details').getByTestId('interfaces');
    await interfaces.waitFor();
    const res = await fetch(`${session.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ interfaces(organisationId: "${HORSENS}") { counterparts { organisation { name } } } }` }),
    });
    const counterparts = ((await res.json()) as { data: { interfaces: { counterparts: Array<{ organisation: { name: string } }> } } }).data.interfaces
      .counterparts;
    const listed = await interfaces.locator('li button').allTextContents();
    expect(listed.map((s) => s.trim())).toEqual(counterparts.slice(0, 6).map((c) => c.organisation.name));
    await screenshot(page, 'map-details-interfaces');

    // Anonymous: the person is shown by role, without e-mail or phone, and the panel says why.
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent('person:p030')}`);
    await waitForMap(page);
    const contact = page.getByTestId('details').getByTestId('contact');
    await contact.waitFor();
    await expect(contact.textContent()).resolves.toContain('kun for indloggede');
    expect(await contact.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
    await screenshot(page, 'map-details-person');
  });

  test('the interfaces summary comes in the language of the app: Danish, or English with ?lang=en', async () => {
    const explanation = async (lang: 'DA' | 'EN') => {
      const res = await fetch(`${session.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ interfaces(organisationId: "${HORSENS}", lang: ${lang}) { explanation } }` }),
      });
      return ((await res.json()) as { data: { interfaces: { explanation: string } } }).data.interfaces.explanation;
    };
    const [danish, english] = [await explanation('DA'), await explanation('EN')];
    expect(danish).toMatch(/^Horsens Kommune har tværsektorielle snitflader til /);
    expect(english).toMatch(/^Horsens Kommune has cross-sector interfaces with /);
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(HORSENS)}`);
    const summary = page.getByTestId('details').locator('.interfaces__summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe(danish);
    // A page of its own, so the language chosen here is not remembered for the tests after it.
    const inEnglish = await session.browser.newPage();
    try {
      await inEnglish.goto(`${session.baseUrl}/?lang=en&valgt=${encodeURIComponent(HORSENS)}`);
      const englishSummary = inEnglish.getByTestId('details').locator('.interfaces__summary');
      await englishSummary.waitFor({ timeout: 30_000 });
      await expect(englishSummary.textContent()).resolves.toBe(english);
      // English text is not marked as Danish.
      expect(await englishSummary.evaluate((el) => el.closest('[lang="da"]') === null)).toBe(true);
      await screenshot(inEnglish, 'map-details-interfaces-english');
    } finally {
      await inEnglish.close();
    }
  });

  test('"Gem som PNG" downloads a slide-sized PNG with title, scope, filters and legend', async () => {
    await page.goto(`${session.baseUrl}/?kommune=${encodeURIComponent(HORSENS)}&skjul-type=Person`);
    await waitForMap(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(download.suggestedFilename()).toMatch(/^samarbejdskort-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // Fit for a slide: at least full-HD wide.
    expect(width).toBeGreaterThanOrEqual(1920);
    expect(height).toBeGreaterThan(600);
    fs.mkdirSync('test-results', { recursive: true });
    fs.copyFileSync(await download.path(), 'test-results/map-export.png');
    // Its contents, read back in the browser: dark title text in the top band, and the legend's
    // swatches in the sectors' colours below the map.
    const pixels = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const count = (x: number, y: number, w: number, h: number, test: (r: number, gr: number, bl: number) => boolean) => {
        const d = g.getImageData(x, y, w, h).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (test(d[i]!, d[i + 1]!, d[i + 2]!)) n++;
        return n;
      };
      const dark = (r: number, gr: number, bl: number) => r < 60 && gr < 60 && bl < 60;
      const orange = (r: number, gr: number, bl: number) => Math.abs(r - 0xc6) < 8 && Math.abs(gr - 0x54) < 8 && bl < 10;
      const h = canvas.height;
      return { titleDark: count(0, 0, canvas.width, 100, dark), legendOrange: count(0, h - 220, canvas.width, 220, orange) };
    }, bytes.toString('base64'));
    expect(pixels.titleDark).toBeGreaterThan(500);
    expect(pixels.legendOrange).toBeGreaterThan(100);
  });

  test('"Gem som SVG" says the title, date, scope, filters and legend as text', async () => {
    await page.goto(`${session.baseUrl}/?kommune=${encodeURIComponent(HORSENS)}&skjul-type=Person`);
    await waitForMap(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    expect(download.suggestedFilename()).toMatch(/^samarbejdskort-\d{4}-\d{2}-\d{2}\.svg$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    expect(text).toMatch(/^<svg /);
    const width = Number(/<svg [^>]*width="(\d+)"/.exec(text)?.[1]);
    expect(width).toBeGreaterThanOrEqual(1920);
    expect(text).toContain('Sådan mødes hænderne – samarbejdskort');
    expect(text).toContain('Horsens Kommune');
    expect(text).toMatch(/\d{1,2}\. \p{L}+ \d{4}/u);
    expect(text).toContain('Skjult: Person');
    for (const legend of ['Kommune', 'Almen praksis', 'Kanal']) expect(text).toContain(`>${legend}`);
    expect(text).toContain('<image ');
  });

  test('"Udskriv / PDF" opens a print page with the same picture', async () => {
    await page.goto(session.baseUrl);
    await waitForMap(page);
    await page.getByTestId('export-print').click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    const size = await sheet.locator('img').evaluate(async (img: unknown) => {
      const i = img as { decode(): Promise<void>; naturalWidth: number };
      await i.decode();
      return i.naturalWidth;
    });
    expect(size).toBeGreaterThanOrEqual(1920);
    await page.getByRole('button', { name: 'Luk udskrift' }).click();
    await sheet.waitFor({ state: 'detached' });
  });

  test('toggling a filter back draws the same picture: positions follow from the data, not from history', async () => {
    await page.goto(session.baseUrl);
    await waitForMap(page);
    const positions = await page.evaluate(() => Object.fromEntries(window.__haenderne!.cy.nodes(':childless').map((n) => [n.id(), n.position()])));
    await page.locator('input[name="sector"][value="NATIONAL"]').uncheck();
    await waitForMap(page);
    await page.locator('input[name="sector"][value="NATIONAL"]').check();
    await waitForMap(page);
    await expect(page.locator(MAP).getAttribute('data-layout')).resolves.toBe('bands');
    const again = await page.evaluate(() => Object.fromEntries(window.__haenderne!.cy.nodes(':childless').map((n) => [n.id(), n.position()])));
    expect(Object.keys(again).sort()).toEqual(Object.keys(positions).sort());
    const moved = Object.keys(positions).filter((id) => Math.abs(again[id]!.x - positions[id]!.x) > 0.1 || Math.abs(again[id]!.y - positions[id]!.y) > 0.1);
    expect(moved).toEqual([]);
  });
});
