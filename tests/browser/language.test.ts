import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import * as vocabulary from '../../api/src/domain/vocabulary.js';
import { STATUS_DA } from '../../api/src/modules/core/wording.js';
import { STATUS_EN } from '../../api/src/modules/core/wording-en.js';
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
  // biome-ignore lint/performance/useDomNodeTextContent: the text a reader sees; textContent would add hidden elements' and scripts' text
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
    await page.goto(`${session.baseUrl}/kontakt`);
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

/**
 * Text the API words in each language (the status colour words and their meanings, as cells,
 * legend and reports show them; a follow-up's "what changed"): on an English page it is English
 * and must not be marked lang="da". Marked Danish content (names, notes, sources) stays marked.
 */
const LEVEL_TEXTS = new Set(
  [...Object.values(STATUS_DA), ...Object.values(STATUS_EN)].flatMap(({ colour, label }) => [colour, label, `${colour}: ${label}`, `${colour} – ${label}`]),
);
/** A follow-up's change; a visitor's unnamed contact person ("A person (overlæge)": only the title is Danish). */
const GENERATED_SENTENCE = /^(Grundlaget har ændret sig|The evidence has changed|A person \(|A named person)/;

/** The texts marked lang="da" on the page that are generated words, not content. */
async function generatedMarkedDanish(p: Page): Promise<string[]> {
  const marked = await p.locator('[lang="da"]:not(html)').allTextContents();
  return marked.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => LEVEL_TEXTS.has(t) || GENERATED_SENTENCE.test(t));
}

describe('generated text in English is not marked as Danish (#16 item 6)', () => {
  test('English: on no screen is a generated word marked lang="da"', async () => {
    const found: Record<string, string[]> = {};
    const marks: Record<string, number> = {};
    for (const view of [...VIEWS, '/status?dato=2025-06-01']) {
      await page.goto(`${session.baseUrl}${view}${view.includes('?') ? '&' : '?'}lang=en`);
      await settled(page);
      const wrong = await generatedMarkedDanish(page);
      if (wrong.length) found[view] = [...new Set(wrong)];
      marks[view] = await page.locator('[lang="da"]:not(html)').count();
    }
    console.log('lang="da" marks per English screen (content):', JSON.stringify(marks));
    expect(found).toEqual({});
  });

  test('the status screen in English: legend, cell words and a cell\'s reports in English, inside lang="en"', async () => {
    await page.goto(`${session.baseUrl}/status?lang=en&dato=2025-06-01`);
    await page.locator('[data-testid="status-matrix"][data-as-of="2025-06-01"]').waitFor({ timeout: 30_000 });
    const legend = page.getByTestId('status-legend');
    for (const [level, { colour, label }] of Object.entries(STATUS_EN)) {
      const entry = legend.locator(`li[data-level="${level}"]`);
      await expect(entry.textContent()).resolves.toContain(`${colour}: ${label}`);
      expect(await entry.locator('.status-legend__colour').evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    }
    expect(await legend.locator('[lang="da"]').count()).toBe(0);
    const english = new Set(Object.values(STATUS_EN).map((l) => l.colour));
    const words = await page.locator('td.status-cell:not([data-level="NONE"]) .status-cell__word').allTextContents();
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) expect(english.has(w.trim()), w).toBe(true);
    expect(await page.locator('.status-cell__word[lang="da"]').count()).toBe(0);
    // A cell's reports: the colour word in English; a note or source is Danish content and keeps its mark.
    const cell = page.locator('[data-testid="status-matrix"] button[data-cell="org:municipality-randers|element:mistrivsel-2"]');
    await cell.focus();
    await cell.press('Enter');
    const dialog = page.getByTestId('status-report-dialog');
    await dialog.waitFor();
    const reports = dialog.getByTestId('status-reports');
    await reports.waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}\n${await dialog.textContent()}`);
    });
    const colours = await reports.locator('.status-reports__entry p:first-child strong').allTextContents();
    expect(colours.length).toBeGreaterThan(0);
    for (const c of colours) expect(english.has(c.trim()), c).toBe(true);
    expect(await generatedMarkedDanish(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
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
