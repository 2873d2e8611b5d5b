import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser.js';
import { waitForMap } from '../support/map-page.js';

declare const window: { __haenderne?: { cy: Core } };

const HORSENS = 'org:municipality-horsens';
/** The caps the app applies per step (web/src/features/graph/lib/expand.ts). */
const CAP = 40;
const FOCUS_CAP = 100;

let session: BrowserSession;
let page: Page;
let plo: string;

beforeAll(async () => {
  session = await openBrowserSession({ viewport: { width: 1366, height: 900 } });
  page = session.page;
  const res = await session.testApp.gql<{ graph: { nodes: Array<{ id: string; kind: string | null }> } }>(
    '{ graph(filter: { limit: 5000 }) { nodes { id kind } } }',
  );
  const nodes = res.data!.graph.nodes;
  plo = nodes.find((n) => n.kind === 'GP_ORGANISATION')!.id;
});

afterAll(async () => {
  await session?.close();
});

const leafCount = () => page.evaluate(() => window.__haenderne!.cy.nodes(':childless').length);

describe('exploring without hairballs', () => {
  test('"Udvid" says what the next step adds and refuses a step of more than the cap', async () => {
    await page.goto(`${session.baseUrl}/?fokus=${encodeURIComponent(HORSENS)}`);
    await waitForMap(page);
    const bar = page.getByTestId('focus-bar');
    const expand = page.getByTestId('focus-expand');
    let sawCap = false;
    let steps = 0;
    for (let depth = 1; depth <= 6; depth++) {
      const before = await leafCount();
      if (await expand.isDisabled()) {
        sawCap = (await page.getByTestId('focus-too-many').count()) > 0;
        break;
      }
      const announced = Number(((await expand.textContent()) ?? '').match(/\+(\d+)/)?.[1] ?? 'NaN');
      expect(announced).toBeLessThanOrEqual(FOCUS_CAP);
      await expand.click();
      await bar.and(page.locator(`[data-depth="${depth + 1}"]`)).waitFor();
      await waitForMap(page);
      const added = (await leafCount()) - before;
      console.log(`focus on Horsens, step ${depth} → ${depth + 1}: +${added} nodes (announced +${announced})`);
      expect(added, `step ${depth} → ${depth + 1}`).toBeLessThanOrEqual(FOCUS_CAP);
      expect(added).toBeGreaterThan(0);
      steps++;
    }
    expect(steps, 'at least one step was taken').toBeGreaterThan(0);
    expect(sawCap, 'a step beyond the cap is refused with a message').toBe(true);
    await expect(page.getByTestId('focus-too-many').textContent()).resolves.toMatch(/Næste skridt ville tilføje \d+ noder/);
  });

  test('expanding by relation type adds only that type, capped, with a message; pinned nodes stay', async () => {
    // Hide the GP practices, then bring back PLO's practices one relation type at a time.
    await page.goto(`${session.baseUrl}/?skjul-art=GP_PRACTICE,MUNICIPAL_UNIT&valgt=${encodeURIComponent(plo)}`);
    await waitForMap(page);
    const panel = page.getByTestId('expand');
    await panel.waitFor();
    const before = await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "GP_PRACTICE"][!context]').length);
    expect(before).toBe(0);
    await panel.getByTestId('expand-PART_OF').click();
    await page.getByTestId('expand-notice').waitFor();
    await expect(page.getByTestId('expand-notice').textContent()).resolves.toMatch(new RegExp(`Viser ${CAP} af \\d+`));
    await page.getByRole('button', { name: 'Luk detaljer' }).click();
    await waitForMap(page);
    const after = await page.evaluate(() =>
      window.__haenderne!.cy.nodes('[kind = "GP_PRACTICE"]').map((n) => ({ pinned: n.data('pinned') === true, context: n.data('context') === true })),
    );
    expect(after.length).toBe(CAP);
    expect(after.every((n) => n.pinned && !n.context)).toBe(true);
    expect(new URL(page.url()).searchParams.get('fastgjort')?.split(',').length).toBe(CAP + 1);

    // A pinned node stays when a filter would hide it; "Løsn alle" lets it go.
    await page.getByTestId('clear-pins').click();
    await waitForMap(page);
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('[kind = "GP_PRACTICE"]').length)).toBe(0);
  });
});
