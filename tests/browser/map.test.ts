import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { MAP, apiData, waitForMap } from '../support/map-page.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: { __haenderne?: { cy: Core } };
declare const document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };

let session: BrowserSession;
let page: Page;

/** The municipality → cluster pairs the API itself reports (IN_CLUSTER edges). */
let expectedCluster: Map<string, string>;

async function openFresh(): Promise<void> {
  await page.goto(session.baseUrl);
  await waitForMap(page);
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  const data = await apiData<{ graph: { nodes: Array<{ id: string; kind: string | null }>; edges: Array<{ source: string; target: string; type: string }> } }>(
    session.testApp,
    '{ graph(filter: { limit: 5000 }) { nodes { id kind } edges { source target type } } }',
  );
  const kindOf = new Map(data.graph.nodes.map((n) => [n.id, n.kind]));
  expectedCluster = new Map(
    data.graph.edges.filter((e) => e.type === 'IN_CLUSTER' && kindOf.get(e.source) === 'MUNICIPALITY').map((e) => [e.source, e.target]),
  );
});

afterAll(async () => {
  await session?.close();
});

describe('the collaboration map', () => {
  test('draws all 19 municipalities, each inside its cluster frame', async () => {
    await openFresh();
    await screenshot(page, 'map-main');
    // On a screen this small the first view starts where the landmarks' names read; "Tilpas
    // visning" shows the whole picture.
    await page.getByRole('button', { name: 'Tilpas visning' }).click();
    await waitForMap(page);

    const municipalities = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const view = cy.extent();
      return cy.nodes('[kind = "MUNICIPALITY"]').map((n) => {
        // Frames are plain nodes drawn under the rest; a member names its frame.
        const parent = cy.getElementById((n.data('frame') as string | undefined) ?? '');
        const box = n.boundingBox({ includeLabels: false });
        const frame = parent.nonempty() ? parent.boundingBox({ includeLabels: false }) : null;
        const { x, y } = n.position();
        return {
          id: n.id(),
          parent: parent.nonempty() ? parent.id() : null,
          parentKind: parent.nonempty() && parent.data('isFrame') === true ? (parent.data('kind') as string) : null,
          visible: n.visible(),
          x,
          y,
          insideFrame: frame !== null && box.x1 >= frame.x1 && box.x2 <= frame.x2 && box.y1 >= frame.y1 && box.y2 <= frame.y2,
          inView: x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2,
        };
      });
    });

    expect(municipalities).toHaveLength(19);
    expect(expectedCluster.size).toBe(19);
    for (const m of municipalities) {
      expect(m.visible, `${m.id} visible`).toBe(true);
      expect(Number.isFinite(m.x) && Number.isFinite(m.y), `${m.id} has a position`).toBe(true);
      expect(m.inView, `${m.id} inside the viewport`).toBe(true);
      expect(m.parent, `${m.id} parent`).toBe(expectedCluster.get(m.id));
      expect(m.parentKind).toBe('CLUSTER');
      expect(m.insideFrame, `${m.id} drawn inside its cluster`).toBe(true);
    }
    expect(new Set(municipalities.map((m) => m.parent)).size).toBe(5);
    expect(municipalities.find((m) => m.id === 'org:municipality-norddjurs')?.parent).toBe('org:cluster-randers');

    // The layout does not pile nodes on top of each other.
    const positions = new Set(municipalities.map((m) => `${Math.round(m.x)}:${Math.round(m.y)}`));
    expect(positions.size).toBe(19);
    expect(session.pageErrors).toEqual([]);
  });

  test('a cluster frame is a plain node under its members: it follows a dragged member and takes its members along', async () => {
    await openFresh();
    await page.getByRole('button', { name: 'Tilpas visning' }).click();
    await waitForMap(page);
    const id = 'org:municipality-norddjurs';
    const read = () =>
      page.evaluate((memberId) => {
        const cy = window.__haenderne!.cy;
        const member = cy.getElementById(memberId);
        const frame = cy.getElementById(member.data('frame') as string);
        const members = cy
          .nodes()
          .filter((n) => n.data('frame') === frame.id())
          .nodes();
        const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
        return {
          compound: cy.nodes(':parent').length,
          frameId: frame.id(),
          frameDepth: frame.style('z-compound-depth') as string,
          frame: box(frame.boundingBox({ includeLabels: false })),
          frameAt: frame.renderedPosition(),
          frameRendered: box(frame.renderedBoundingBox({ includeLabels: false })),
          member: box(member.boundingBox({ includeLabels: false })),
          memberAt: member.renderedPosition(),
          members: Object.fromEntries(members.map((n) => [n.id(), n.position()] as const)),
          zoom: cy.zoom(),
        };
      }, id);
    const drag = async (from: { x: number; y: number }, dx: number, dy: number) => {
      const canvas = (await page.locator(MAP).boundingBox())!;
      await page.mouse.move(canvas.x + from.x, canvas.y + from.y);
      await page.mouse.down();
      await page.mouse.move(canvas.x + from.x + dx / 2, canvas.y + from.y + dy / 2, { steps: 4 });
      await page.mouse.move(canvas.x + from.x + dx, canvas.y + from.y + dy, { steps: 4 });
      await page.mouse.up();
    };
    const inside = (a: { x1: number; y1: number; x2: number; y2: number }, b: typeof a) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

    const before = await read();
    // No compound nodes: they made Cytoscape's first style pass cost seconds at national scale.
    expect(before.compound).toBe(0);
    expect(before.frameDepth).toBe('bottom');
    expect(inside(before.member, before.frame)).toBe(true);

    // A member dragged below its frame: the frame grows to hold it.
    await drag(before.memberAt, 0, before.frameRendered.y2 - before.memberAt.y + 60);
    const dragged = await read();
    expect(dragged.member.y1).toBeGreaterThan(before.frame.y2);
    expect(dragged.frame.y2).toBeGreaterThan(before.frame.y2);
    expect(inside(dragged.member, dragged.frame)).toBe(true);

    // The frame dragged by its empty corner: every member moves with it, by the same amount.
    await drag({ x: dragged.frameRendered.x1 + 6, y: dragged.frameRendered.y1 + 6 }, 50, 30);
    const moved = await read();
    const dx = moved.frameAt.x - dragged.frameAt.x;
    expect(dx).toBeGreaterThan(10);
    for (const [memberId, at] of Object.entries(moved.members)) {
      expect(at.x - dragged.members[memberId]!.x, memberId).toBeCloseTo(dx / moved.zoom, 0);
    }
    expect(inside(moved.member, moved.frame)).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  test('the legend, in view, lists exactly the colours drawn: the sectors, and what the nodes without one are', async () => {
    await openFresh();
    const drawn = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const leaves = cy.nodes().filter((n) => !n.data('isFrame'));
      return {
        sectors: [...new Set(leaves.map((n) => n.data('sector') as string))].filter((s) => s !== 'NONE').sort(),
        unsectored: [...new Set(leaves.filter((n) => n.data('sector') === 'NONE').map((n) => n.data('label') as string))].sort(),
        colours: [...new Set(leaves.filter((n) => n.data('sector') === 'NONE').map((n) => n.data('colour') as string))],
      };
    });
    expect(drawn.sectors).toEqual(expect.arrayContaining(['MUNICIPALITY', 'REGION', 'GENERAL_PRACTICE']));
    // Nodes without a sector are not one grey: channels, groups and agreements each have a colour.
    expect(drawn.unsectored).toEqual(expect.arrayContaining(['Agreement', 'Channel', 'Group']));
    expect(drawn.colours.length).toBeGreaterThanOrEqual(3);

    const legend = page.getByTestId('legend');
    const listed = (await legend.locator('[data-sector]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sector') ?? ''))).sort();
    expect(listed).toEqual(drawn.sectors);
    expect(await legend.locator('[data-colour="sector.NONE"]').count()).toBe(0);
    for (const label of ['Channel', 'Group', 'Agreement']) expect(await legend.locator(`[data-colour="label.${label}"]`).count(), label).toBe(1);
    await expect(legend.locator('[data-colour="label.Channel"]').textContent()).resolves.toContain('Kanal');
    await expect(legend.locator('[data-sector="REGION"]').textContent()).resolves.toContain('Region');
    await expect(legend.locator('[data-sector="MUNICIPALITY"]').textContent()).resolves.toContain('Kommune');
    // Edge styles present: PART_OF lines; IN_CLUSTER is drawn as the cluster frame.
    await expect(legend.locator('[data-edge="PART_OF"]').textContent()).resolves.toContain('Del af');
    expect(await legend.locator('[data-edge="IN_CLUSTER"]').count()).toBe(0);
    expect(await legend.locator('[data-shape="frame"]').count()).toBe(1);

    const box = await legend.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    expect(box!.y).toBeGreaterThan(0);
  });

  test('search + Enter selects Norddjurs, focuses it and shows its cluster in the details', async () => {
    await openFresh();
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await search.fill('Norddjurs');
    await expect(page.getByRole('listbox').getByRole('option').first().textContent()).resolves.toContain('Norddjurs Kommune');
    await search.press('Enter');

    const details = page.getByTestId('details');
    await details.getByRole('heading', { name: 'Norddjurs Kommune' }).waitFor();
    await details.getByRole('button', { name: 'Randersklyngen' }).waitFor();
    await expect(details.textContent()).resolves.toMatch(/Kommunekode\s*707/);
    await expect(details.textContent()).resolves.toMatch(/I klynge\s*Randersklyngen/);

    await waitForMap(page);
    const state = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const n = cy.getElementById('org:municipality-norddjurs');
      const p = n.renderedPosition();
      return { selected: cy.nodes('.selected').map((x) => x.id()), x: p.x, y: p.y, w: cy.width(), h: cy.height(), faded: cy.nodes('.faded').length };
    });
    expect(state.selected).toEqual(['org:municipality-norddjurs']);
    expect(state.x).toBeGreaterThan(0);
    expect(state.x).toBeLessThan(state.w);
    expect(state.y).toBeGreaterThan(0);
    expect(state.y).toBeLessThan(state.h);
    expect(state.faded).toBeGreaterThan(0);
    await screenshot(page, 'map-norddjurs-selected');

    // Links in the details panel move the selection.
    await details.getByRole('button', { name: 'Randersklyngen' }).click();
    await details.getByRole('heading', { name: 'Randersklyngen' }).waitFor();
    await details.getByRole('button', { name: 'Norddjurs Kommune' }).waitFor();
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((x) => x.id()))).toEqual(['org:cluster-randers']);
  });

  test('the search listbox is navigable with the arrow keys', async () => {
    await openFresh();
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await search.focus();
    await search.fill('Syddjurs');
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    // A name that starts with the query comes first, then names with a word that does.
    const names = await options.locator('.search__name').allTextContents();
    expect(names[0]).toBe('Syddjurs Kommune');
    expect(names.slice(1).every((n) => n.includes('Syddjurs'))).toBe(true);
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    const second = options.nth(1);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(search.getAttribute('aria-activedescendant')).resolves.toBe(await second.getAttribute('id'));
    await search.press('ArrowUp');
    await expect(options.nth(0).getAttribute('aria-selected')).resolves.toBe('true');
    await search.press('ArrowDown');
    await search.press('Enter');
    // The second match is a municipal unit, hidden by default: it is selected and drawn anyway.
    await page.getByTestId('details').getByRole('heading', { name: names[1]! }).waitFor();
    const selected = await page.evaluate(() =>
      window.__haenderne!.cy.nodes('.selected').map((x) => ({ name: x.data('name') as string, context: x.data('context') as boolean })),
    );
    expect(selected).toEqual([{ name: names[1], context: true }]);
  });

  test('an exact short name wins: "BUA" finds the department before channels named "BUA: …"', async () => {
    await openFresh();
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await search.fill('BUA');
    await search.press('Enter');
    await page.getByTestId('details').getByRole('heading', { name: 'Børne- og Ungdomspsykiatrisk Afdeling' }).waitFor();
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((x) => x.id()))).toEqual(['org:bua']);
  });

  test('selecting a node shows what the filters hide around it, without moving the rest', async () => {
    await openFresh();
    const before = await page.evaluate(() =>
      Object.fromEntries(
        window
          .__haenderne!.cy.nodes()
          .filter((n) => !n.data('isFrame'))
          .nodes()
          .map((n) => [n.id(), n.position()] as const),
      ),
    );
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await search.fill('Norddjurs Kommune');
    await search.press('Enter');
    await page.getByTestId('details').getByRole('heading', { name: 'Norddjurs Kommune' }).waitFor();
    await waitForMap(page);
    const after = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const context = cy.nodes('[?context]');
      return {
        context: context.map((n) => ({ id: n.id(), label: n.data('label') as string, parent: n.data('frame') !== undefined })),
        contactEdges: cy.getElementById('org:municipality-norddjurs').connectedEdges('[type = "CONTACT_FOR"]').length,
        positions: Object.fromEntries(
          cy
            .nodes('[!context]')
            .filter((n) => !n.data('isFrame'))
            .nodes()
            .map((n) => [n.id(), n.position()] as const),
        ),
      };
    });
    // Its municipal units and fixed contact persons are hidden by default and now drawn around it.
    expect(after.context.some((n) => n.label === 'Person')).toBe(true);
    expect(after.context.some((n) => n.id.startsWith('org:'))).toBe(true);
    expect(after.context.every((n) => !n.parent)).toBe(true);
    expect(after.contactEdges).toBeGreaterThan(0);
    expect(after.positions).toEqual(before);

    await page.getByRole('button', { name: 'Luk detaljer' }).click();
    await page.waitForFunction(() => window.__haenderne!.cy.nodes('[?context]').length === 0);
  });

  test('clicking a node on the map opens its details; clicking the background closes them', async () => {
    await openFresh();
    const target = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const node = cy.getElementById('org:municipality-norddjurs');
      // The first view may leave the lowest cluster rows just below the fold: bring it into view.
      cy.center(node);
      const p = node.renderedPosition();
      return { x: p.x, y: p.y };
    });
    const box = (await page.locator(MAP).boundingBox())!;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const details = page.getByTestId('details');
    await details.getByRole('heading', { name: 'Norddjurs Kommune' }).waitFor();
    await details.getByRole('button', { name: 'Randersklyngen' }).waitFor();

    // A point of the map with no node, label or edge under it.
    const empty = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      const boxes = cy.elements().map((e) => e.renderedBoundingBox({ includeLabels: true }));
      for (let gy = 1; gy < 20; gy++) {
        for (let gx = 1; gx < 20; gx++) {
          const x = (cy.width() * gx) / 20;
          const y = (cy.height() * gy) / 20;
          if (y < 60) continue; // the zoom buttons
          if (boxes.every((b) => x < b.x1 - 4 || x > b.x2 + 4 || y < b.y1 - 4 || y > b.y2 + 4)) return { x, y };
        }
      }
      return null;
    });
    expect(empty, 'an empty spot on the map').not.toBeNull();
    await page.mouse.click(box.x + empty!.x, box.y + empty!.y);
    await details.waitFor({ state: 'detached' });
  });

  test('hiding the municipality sector removes those nodes; showing it brings them back in their clusters', async () => {
    await openFresh();
    const checkbox = page.getByRole('group', { name: 'Sektorer' }).getByRole('checkbox', { name: /Kommune/ });
    await checkbox.uncheck();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="graph-map"]')?.getAttribute('data-state') === 'ready' &&
        window.__haenderne!.cy.nodes('[sector = "MUNICIPALITY"]').length === 0,
      undefined,
      { timeout: 30_000 },
    );
    const after = await page.evaluate(() => {
      const cy = window.__haenderne!.cy;
      return {
        municipalities: cy.nodes('[kind = "MUNICIPALITY"]').length,
        clusters: cy.nodes('[kind = "CLUSTER"]').length,
        region: cy.getElementById('org:region-midtjylland').nonempty(),
      };
    });
    expect(after).toEqual({ municipalities: 0, clusters: 5, region: true });
    expect(await page.getByTestId('legend').locator('[data-sector="MUNICIPALITY"]').count()).toBe(0);

    await checkbox.check();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="graph-map"]')?.getAttribute('data-state') === 'ready' &&
        window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').length === 19,
      undefined,
      { timeout: 30_000 },
    );
    const parents = await page.evaluate(() =>
      window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').map((n) => [n.id(), (n.data('frame') as string | undefined) ?? null] as const),
    );
    for (const [id, parent] of parents) expect(parent, id).toBe(expectedCluster.get(id));
  });

  test('hiding every sector shows the empty state in Danish', async () => {
    await openFresh();
    const sectors = page.getByRole('group', { name: 'Sektorer' }).getByRole('checkbox');
    const count = await sectors.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) await sectors.nth(i).uncheck();
    await page.getByText('Ingen elementer matcher de valgte filtre.').waitFor();
    await page.getByRole('button', { name: 'Vis alle' }).first().click();
    // "Show all" shows everything, the people and GP practices hidden by default included.
    await page.waitForFunction(() => window.__haenderne!.cy.nodes('[label = "Person"]').length > 0, undefined, { timeout: 30_000 });
    await waitForMap(page);
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "MUNICIPALITY"]').length)).toBe(19);
    await screenshot(page, 'map-everything');
  });

  test('a failing API shows the error state in Danish with a retry, and nothing goes uncaught', async () => {
    const other = await page.context().newPage();
    // The picture is asked for by the app's entry, before the map's chunk has loaded: its failure
    // must wait for the map to show it, not escape as an uncaught rejection.
    const uncaught: string[] = [];
    other.on('pageerror', (err) => uncaught.push(err.message));
    try {
      await other.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' }));
      await other.goto(session.baseUrl);
      await other.getByText('Kortet kunne ikke hentes').waitFor();
      await other.getByRole('button', { name: 'Prøv igen' }).waitFor();
      await other.unroute('**/graphql');
      await other.getByRole('button', { name: 'Prøv igen' }).click();
      await waitForMap(other);
      expect(uncaught).toEqual([]);
    } finally {
      await other.close();
    }
  });

  test('loading and truncated states are announced in Danish', async () => {
    const other = await page.context().newPage();
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await other.route('**/graphql', async (route) => {
        await held;
        const response = await route.fetch();
        const body = (await response.json()) as { data?: { graph?: { nodes: unknown[]; totalNodes: number; truncated: boolean } } };
        // Other queries (the header's session check) pass through unchanged.
        const graph = body.data?.graph;
        if (graph) {
          graph.totalNodes = graph.nodes.length + 100;
          graph.truncated = true;
        }
        await route.fulfill({ response, json: body });
      });
      await other.goto(session.baseUrl);
      await other.getByText('Henter samarbejdskortet').waitFor();
      await expect(other.locator(MAP).getAttribute('data-state')).resolves.toBe('loading');
      release();
      await waitForMap(other);
      const notice = other.getByTestId('truncated');
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toMatch(/Kortet viser kun de første \d+ af \d+ noder/);
    } finally {
      await other.close();
    }
  });

  test('the controls are reachable with Tab and show a focus ring', async () => {
    await openFresh();
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes('DIV:region'); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = (
            globalThis as unknown as {
              document: { activeElement: { getAttribute(n: string): string | null; tagName: string; textContent: string | null } | null };
            }
          ).document.activeElement;
          return `${el?.tagName}:${el?.getAttribute('role') ?? el?.getAttribute('type') ?? el?.textContent ?? ''}`;
        }),
      );
    }
    expect(reached).toContain('INPUT:combobox');
    expect(reached.filter((r) => r === 'INPUT:checkbox').length).toBeGreaterThanOrEqual(3);
    expect(reached).toContain('DIV:region');
    // The focused map shows the focus ring (keyboard focus: :focus-visible).
    const outline = await page.evaluate(() => {
      const el = (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;
      const style = (globalThis as unknown as { getComputedStyle(e: unknown): { outlineStyle: string; outlineWidth: string } }).getComputedStyle(el);
      return { style: style.outlineStyle, width: style.outlineWidth };
    });
    expect(outline.style).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    expect(session.pageErrors).toEqual([]);
  });
});
