import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { openBrowserSession, type BrowserSession } from '../support/browser.js';
import { MAP_READY } from '../support/map-page.js';

declare const window: { __haenderne?: { cy: Core } };

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession({ viewport: { width: 1366, height: 900 } });
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** The first option of a combobox's list once the API's answer for `text` is in. */
async function firstOption(box: ReturnType<Page['getByRole']>, text: string, expected: RegExp): Promise<string> {
  await box.fill(text);
  const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
  const first = listbox.getByRole('option').first().locator('.search__name');
  await expect.poll(async () => (await first.textContent()) ?? '', { timeout: 10_000 }).toMatch(expected);
  return (await first.textContent()) ?? '';
}

describe('one forgiving search in the map and the path picker', () => {
  test('the map search finds "PPR Horsens", "læge horsens", "Vestergade Horsens" and a typo, first', async () => {
    await page.goto(session.baseUrl);
    await page.locator(MAP_READY).waitFor({ timeout: 30_000 });
    const search = page.getByRole('combobox', { name: 'Søg efter navn' });
    await firstOption(search, 'PPR Horsens', /^PPR – Pædagogisk Psykologisk Rådgivning, Horsens Kommune$/);
    await firstOption(search, 'læge horsens', /^Lægehuset \p{L}+, Horsens$/u);
    await firstOption(search, 'Vestergade Horsens', /^Lægehuset Vestergade, Horsens$/);
    await firstOption(search, 'vestrgade horsens', /^Lægehuset Vestergade, Horsens$/);
    // Enter takes it to the map.
    await search.press('Enter');
    await page.getByTestId('details').getByRole('heading', { name: 'Lægehuset Vestergade, Horsens' }).waitFor();
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((n) => n.id()))).toEqual(['org:gp-horsens-vestergade']);
  });

  test('the path picker asks the same search: "Vestergade Horsens" to "PPR Horsens" picks both ends', async () => {
    await page.goto(session.baseUrl);
    await page.locator(MAP_READY).waitFor({ timeout: 30_000 });
    const picker = page.getByTestId('path-picker');
    const from = picker.getByRole('combobox', { name: 'Fra' });
    await firstOption(from, 'Vestergade Horsens', /^Lægehuset Vestergade, Horsens$/);
    await from.press('Enter');
    const to = picker.getByRole('combobox', { name: 'Til' });
    await firstOption(to, 'PPR Horsens', /^PPR – Pædagogisk Psykologisk Rådgivning, Horsens Kommune$/);
    await to.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('til')).toBe('org:ppr-horsens');
    expect(new URL(page.url()).searchParams.get('fra')).toBe('org:gp-horsens-vestergade');
  });
});
