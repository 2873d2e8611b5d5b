import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: { __haenderne?: { cy: Core }; location: { pathname: string; search: string } };

/**
 * "What if" on the map (#16 item 5): choose a person, an organisation or a channel and see what
 * would break without it, listed beside the map and marked on it, with a legend; the question
 * is in the address, so a link opens it again. The expectations come from the API's whatIf.
 */

let session: BrowserSession;
let page: Page;

interface Answer {
  explanation: string;
  /** The fixed contacts left empty: the first kind listed. */
  sentences: Array<{ sentence: string }>;
  removedIds: string[];
  affectedIds: string[];
  total: number;
}

async function apiWhatIf(id: string, lang: 'DA' | 'EN' = 'DA'): Promise<Answer> {
  const r = await session.testApp.gql<{ whatIf: Answer }>(
    'query($id: ID!, $lang: Language) { whatIf(subjectId: $id, lang: $lang) { explanation removedIds affectedIds total sentences: contacts { sentence } } }',
    { id, lang },
  );
  return r.data!.whatIf;
}

async function mapReady(): Promise<void> {
  await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__haenderne !== undefined && !window.__haenderne.cy.animated(), undefined, { timeout: 10_000 });
}

/** The mark each id carries on the map (null: not drawn). */
async function marksOf(ids: string[]): Promise<Array<string | null>> {
  return page.evaluate((list) => {
    const cy = window.__haenderne!.cy;
    return list.map((id) => {
      const el = cy.getElementById(id);
      return el.nonempty() ? (el.data('mark') as string) : null;
    });
  }, ids);
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});
afterAll(async () => {
  await session?.close();
});

describe('what if', () => {
  test('a channel: from the selection to what would break, listed and marked, and gone again when closed', async () => {
    // The channel serving the most organisations (from the API's own graph, not assumed).
    const channels = await session.testApp.gql<{ channels: { nodes: Array<{ id: string; name: string }> } }>('{ channels(first: 200) { nodes { id name } } }');
    let subject: { id: string; name: string } | null = null;
    let answer: Answer | null = null;
    for (const c of channels.data!.channels.nodes) {
      const a = await apiWhatIf(c.id);
      if (a.total > 0 && (!answer || a.affectedIds.length > answer.affectedIds.length)) [subject, answer] = [c, a];
    }
    expect(subject).not.toBeNull();
    const s = subject!;
    const expected = answer!;

    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(s.id)}`);
    await mapReady();
    // One click from the selected node's details.
    await page.getByTestId('what-if-ask').click();
    await page.locator('[data-testid="what-if-panel"][data-state="success"]').waitFor({ timeout: 30_000 });
    expect(new URLSearchParams(await page.evaluate(() => window.location.search)).get('hvis')).toBe(s.id);
    await expect(page.getByTestId('what-if-explanation').textContent()).resolves.toBe(expected.explanation);
    expect(await page.getByTestId('what-if-item').count()).toBe(expected.total);

    // On the map: the channel goes (dashed), what it would hit is marked and drawn.
    await page.waitForFunction((id) => window.__haenderne!.cy.getElementById(id).data('mark') === 'removed', s.id, { timeout: 10_000 });
    const marks = await marksOf(expected.affectedIds);
    for (const m of marks) expect(m).toBe('at-risk');
    const legend = page.getByTestId('marks-legend');
    await expect(legend.textContent()).resolves.toContain(`Forsvinder med ${s.name}`);
    await expect(legend.textContent()).resolves.toContain(`Rammes, hvis ${s.name} forsvandt`);
    await screenshot(page, 'what-if-channel');
    expect(await seriousViolations(page)).toEqual([]);

    // A link in the list selects what it names.
    const first = page.getByTestId('what-if-item').first().getByRole('button');
    const name = (await first.textContent())!;
    await first.click();
    await page.getByTestId('details').getByRole('heading', { name }).waitFor();

    // The question is in the address: a reload asks it again.
    await page.reload();
    await mapReady();
    await page.locator('[data-testid="what-if-panel"][data-state="success"]').waitFor({ timeout: 30_000 });

    // Closed: the panel, the legend and the marks go.
    await page.getByTestId('what-if-close').click();
    await page.getByTestId('what-if-panel').waitFor({ state: 'detached' });
    expect(await page.getByTestId('marks-legend').count()).toBe(0);
    expect(await page.evaluate(() => window.location.search)).not.toContain('hvis=');
    for (const m of await marksOf(expected.affectedIds)) expect(m === null || m === '').toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  test('a person by keyboard, as a visitor: named by role only, in English too', async () => {
    const id = 'person:p006';
    const expected = await apiWhatIf(id);
    expect(expected.total).toBeGreaterThan(0);
    await page.goto(`${session.baseUrl}/?valgt=${encodeURIComponent(id)}`);
    await mapReady();
    await page.getByTestId('what-if-ask').focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="what-if-panel"][data-state="success"]').waitFor({ timeout: 30_000 });
    const heading = (await page.locator('#what-if-heading').textContent())!;
    expect(heading).toMatch(/^Hvad hvis En person \(/);
    await expect(page.getByTestId('what-if-explanation').textContent()).resolves.toBe(expected.explanation);
    for (const m of await marksOf(expected.affectedIds)) expect(m).toBe('at-risk');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${session.baseUrl}/?lang=en&valgt=${encodeURIComponent(id)}&hvis=${encodeURIComponent(id)}`);
    await mapReady();
    await page.locator('[data-testid="what-if-panel"][data-state="success"]').waitFor({ timeout: 30_000 });
    await expect(page.locator('#what-if-heading').textContent()).resolves.toMatch(/^What if /);
    // The API's English sentences, not marked as Danish (the page is English).
    const english = await apiWhatIf(id, 'EN');
    expect(english.explanation).not.toBe(expected.explanation);
    const explanation = page.getByTestId('what-if-explanation');
    await expect(explanation.textContent()).resolves.toBe(english.explanation);
    await expect(explanation.textContent()).resolves.toMatch(/^Without a person \(/);
    expect(await explanation.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    const sentences = await page.locator('.what-if__sentence').allTextContents();
    expect(sentences).toHaveLength(english.total);
    for (const s of english.sentences) expect(sentences).toContain(s.sentence);
    for (const s of sentences) expect(s).not.toMatch(/(?<!\p{L})(står uden|forsvinder|mister|uden|mellem)(?!\p{L})/u);
    await page.getByRole('button', { name: 'Close "what if"' }).waitFor();
    await screenshot(page, 'what-if-person-en');
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
