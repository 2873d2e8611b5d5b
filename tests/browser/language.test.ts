import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import * as vocabulary from '../../api/src/domain/vocabulary.js';
import { openBrowserSession, type BrowserSession } from '../support/browser.js';
import { routePaths } from '../support/routes.js';

/**
 * One language at a time (#16 item 6): every screen has its own title and a skip link naming its
 * main content, in Danish and in English; no enum code shows in any text; the language chosen
 * with the header's switch is remembered, and `?lang=en` stays in the address on the way around.
 */

declare const document: { body: { innerText: string }; title: string };
declare const localStorage: { getItem(k: string): string | null };

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

/** The screen drawn, with nothing left loading. */
async function settled(p: Page) {
  await p.locator('#main').first().waitFor({ timeout: 30_000 });
  await p.waitForLoadState('networkidle');
  await p
    .waitForFunction(
      () => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[aria-busy="true"], .app__loading') === null,
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
}

/**
 * Every value of the closed vocabularies as it would leak: the code itself ("YOUTH_GUIDANCE",
 * "IN_PROGRESS", "SCHOOL"). PPR is also the Danish name of the service, so it is not a leak.
 */
const CODES = [
  ...new Set(
    [
      vocabulary.ORGANISATION_KINDS,
      vocabulary.SECTORS,
      vocabulary.GROUP_KINDS,
      vocabulary.MEMBER_ROLES,
      vocabulary.MANDATE_LEVELS,
      vocabulary.CHANNEL_KINDS,
      vocabulary.CHANNEL_STATUSES,
      vocabulary.STATUS_LEVELS,
      vocabulary.PERSPECTIVES,
      vocabulary.RELATIONSHIP_TYPE_NAMES,
    ].flat() as string[],
  ),
].filter((c) => c !== 'PPR');
const CODE_PATTERN = new RegExp(`(?<![\\p{L}\\d_-])(?:${CODES.join('|')})(?![\\p{L}\\d_-])`, 'gu');

async function leakedCodes(p: Page): Promise<string[]> {
  const text = await p.evaluate(() => `${document.title}\n${document.body.innerText}`);
  return [...new Set(text.match(CODE_PATTERN) ?? [])];
}

/** The screens and a few views that show vocabulary: a node's details of each kind on the map. */
const VIEWS = [
  ...routePaths(),
  '/?valgt=org%3Abua',
  '/?valgt=group%3Alokalt-samarbejdsraad-bup',
  '/?valgt=channel%3Abua-undervisning-psykopatologi',
  '/?valgt=pathway%3Aadhd',
];

describe('a title and a skip link per screen', () => {
  for (const lang of ['da', 'en'] as const) {
    test(`every route in ${lang === 'da' ? 'Danish' : 'English'}: its own title, a skip link that names its content`, async () => {
      const seen: Array<{ path: string; title: string; skip: string }> = [];
      for (const path of routePaths()) {
        await page.goto(`${session.baseUrl}${path}${lang === 'en' ? `${path.includes('?') ? '&' : '?'}lang=en` : ''}`);
        await settled(page);
        const title = await page.title();
        const skip = (await page.locator('.skip-link').textContent()) ?? '';
        seen.push({ path, title, skip });
        expect(title).toMatch(/ – Hænderne$/);
        expect(skip).toMatch(lang === 'da' ? /^Spring til / : /^Skip to /);
        await expect(page.locator('.skip-link').getAttribute('href')).resolves.toBe('#main');
        await expect(page.locator('#main').count()).resolves.toBe(1);
      }
      console.log(`titles and skip links (${lang}):`, JSON.stringify(seen));
      // The vejviser's two screens share a skip link text with nothing else; the rest all differ.
      expect(new Set(seen.map((s) => s.title)).size).toBe(seen.length);
      expect(new Set(seen.map((s) => s.skip)).size).toBe(seen.length);
    });
  }
});

describe('no enum codes in any text', () => {
  for (const lang of ['da', 'en'] as const) {
    test(`${lang === 'da' ? 'Danish' : 'English'}: every screen, and node details of each kind on the map`, async () => {
      const leaks: Record<string, string[]> = {};
      const opened: string[] = [];
      for (const view of VIEWS) {
        await page.goto(`${session.baseUrl}${view}${lang === 'en' ? `${view.includes('?') ? '&' : '?'}lang=en` : ''}`);
        await settled(page);
        if (view.includes('valgt='))
          await page
            .getByTestId('details-focus')
            .waitFor({ timeout: 15_000 })
            .catch(() => opened.push(`not opened: ${view}`));
        const found = await leakedCodes(page);
        if (found.length) leaks[view] = found;
      }
      console.log(lang, 'leaks:', JSON.stringify(leaks), opened.join('; '));
      expect(leaks).toEqual({});
    });
  }

  test('the pattern finds a planted code', async () => {
    await page.goto(session.baseUrl + '/kontakt');
    await settled(page);
    await page.evaluate(() =>
      (globalThis as unknown as { document: { body: { insertAdjacentHTML(w: string, h: string): void } } }).document.body.insertAdjacentHTML(
        'beforeend',
        '<p>KUI (YOUTH_GUIDANCE), Skole (SCHOOL)</p>',
      ),
    );
    expect((await leakedCodes(page)).sort()).toEqual(['SCHOOL', 'YOUTH_GUIDANCE']);
  });
});

describe('the language survives reloads and links', () => {
  test('?lang=en stays in the address on every navigation and reload, and does not change what is remembered', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
    const p = await context.newPage();
    try {
      await p.goto(`${session.baseUrl}/kontakt?lang=en`);
      await settled(p);
      for (const label of ['Guide', 'Gaps', 'Status', 'Map']) {
        await p.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: label, exact: true }).click();
        await settled(p);
        expect(new URL(p.url()).searchParams.get('lang'), label).toBe('en');
        await expect(p.locator('html').getAttribute('lang')).resolves.toBe('en');
      }
      // The nav links carry the language too (open in a new tab, copy the link).
      await expect(p.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Gaps', exact: true }).getAttribute('href')).resolves.toBe(
        '/huller?lang=en',
      );
      await p.reload();
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('en');
      // A link opened in English is not a choice: a page without ?lang is Danish.
      expect(await p.evaluate(() => localStorage.getItem('haenderne.language'))).toBeNull();
      await p.goto(`${session.baseUrl}/status`);
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('da');
    } finally {
      await context.close();
    }
  });

  test("the header's switch is remembered: a later visit without ?lang opens in the chosen language, until switched back", async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'da-DK' });
    const p = await context.newPage();
    try {
      await p.goto(`${session.baseUrl}/huller`);
      await settled(p);
      await p.getByRole('link', { name: 'English' }).click();
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(await p.evaluate(() => localStorage.getItem('haenderne.language'))).toBe('en');

      await p.goto(`${session.baseUrl}/vejviser`);
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(p.getByRole('heading', { level: 2 }).first().textContent()).resolves.toBe('Guide per municipality');
      expect(new URL(p.url()).searchParams.get('lang')).toBe('en');

      await p.getByRole('link', { name: 'Dansk' }).click();
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('da');
      expect(await p.evaluate(() => localStorage.getItem('haenderne.language'))).toBe('da');
      await p.goto(`${session.baseUrl}/vejviser`);
      await settled(p);
      await expect(p.locator('html').getAttribute('lang')).resolves.toBe('da');
    } finally {
      await context.close();
    }
  });
});
