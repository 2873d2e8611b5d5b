import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { signedIn } from '../support/sign-in.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: { __haenderne?: { cy: Core }; location: { pathname: string; search: string } };

/**
 * Following up gaps (#16 item 4) as a steering group does it: from a finding to the map in the
 * report's scope with the evidence marked; the report as a spreadsheet and on paper; an editor
 * assigns a finding, a visitor sees that it is assigned but not to whom, and a finding whose
 * evidence changes is open again.
 */

const RANDERS_CLUSTER = 'org:cluster-randers';
const RANDERS_GROUP = 'group:implementeringsgruppe-randers';
const EDITOR = { email: 'styregruppe@rm.dk', name: 'Sofie Styregruppe', password: 'en-lang-adgangskode-s' };
const REPORT_URL = `/huller?scope=${encodeURIComponent(RANDERS_CLUSTER)}`;

let session: BrowserSession;
let page: Page;

interface Finding {
  ruleId: string;
  subject: { id: string };
  evidenceIds: string[];
  key: string;
}

async function apiFindings(): Promise<{ total: number; findings: Finding[] }> {
  const r = await session.testApp.gql<{ gaps: { total: number; findings: Finding[] } }>(
    'query($s: GapScopeInput!) { gaps(scope: $s) { total findings { ruleId subject { id } evidenceIds key } } }',
    {
      s: { kind: 'CLUSTER', id: RANDERS_CLUSTER },
    },
  );
  return r.data!.gaps;
}

async function openReport(): Promise<void> {
  await page.goto(`${session.baseUrl}${REPORT_URL}`);
  await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
  await createUser(session.testApp.db, session.testApp.queries, { ...EDITOR, role: 'EDITOR' });
});
afterAll(async () => {
  await session?.close();
});

describe('following up gaps', () => {
  test('"Vis på kortet" opens the map in the cluster with the subject selected and its evidence marked, with a legend', async () => {
    await openReport();
    const finding = page.locator(`li.finding[data-rule="group-without-chair"][data-subject="${RANDERS_GROUP}"]`);
    const api = (await apiFindings()).findings.find((f) => f.ruleId === 'group-without-chair' && f.subject.id === RANDERS_GROUP)!;
    await finding.getByRole('link', { name: /^Vis på kortet: / }).click();
    await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__haenderne !== undefined && !window.__haenderne.cy.animated(), undefined, { timeout: 10_000 });
    const search = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect(search.get('klynge')).toBe(RANDERS_CLUSTER);
    expect(search.get('valgt')).toBe(RANDERS_GROUP);
    expect(search.get('markeret')!.split(',').sort()).toEqual([...new Set(api.evidenceIds)].sort());
    // The cluster is the scope (its filter says so) and every piece of evidence on the map is marked.
    const marks = await page.evaluate((ids) => {
      const cy = window.__haenderne!.cy;
      return ids.map((id) => {
        const el = cy.getElementById(id);
        return { id, drawn: el.nonempty(), mark: el.nonempty() ? el.data('mark') : null, faded: el.nonempty() && el.hasClass('faded') };
      });
    }, api.evidenceIds);
    const drawn = marks.filter((m) => m.drawn);
    // The group and its members' memberships: the members (people) are drawn because they are marked.
    expect(drawn.map((m) => m.id)).toEqual(expect.arrayContaining([RANDERS_GROUP]));
    expect(drawn.length).toBeGreaterThan(api.evidenceIds.length / 2);
    for (const m of drawn) expect(m.mark).toBe('evidence');
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((n) => n.id()))).toEqual([RANDERS_GROUP]);
    await page.getByTestId('marks-legend').getByText('Fundets grundlag (fra Huller)').waitFor();
    await screenshot(page, 'gap-follow-up-map-marked');
    expect(await seriousViolations(page)).toEqual([]);
    // The marks can be cleared; the address forgets them.
    await page.getByTestId('clear-marks').click();
    await page.waitForFunction(() => !window.location.search.includes('markeret'));
    expect(await page.evaluate((id) => window.__haenderne!.cy.getElementById(id).data('mark'), RANDERS_GROUP)).toBe('');
  });

  test('the report downloads as CSV and XLSX with one row per finding, and prints without navigation or forms', async () => {
    await openReport();
    const { total } = await apiFindings();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^mangler-randersklyngen-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('Alvor,Regel,Emne,Fund,Opfølgning,Ansvarlig,Frist,Note,Fulgt op,Nøgle');
    // Sentences hold no line breaks: one line per finding.
    expect(lines.length).toBe(total + 1);

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.getWorksheet('Mangler')!.rowCount).toBe(4 + total);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.app__header').isVisible()).toBe(false);
      expect(await page.getByTestId('export-xlsx').isVisible()).toBe(false);
      expect(await page.locator('.gaps__side').isVisible()).toBe(false);
      expect(await page.locator('.gaps-summary__explanation').isVisible()).toBe(true);
      expect(await page.locator('li.finding').first().isVisible()).toBe(true);
      expect(await page.locator('li.finding .finding__sentence').last().isVisible()).toBe(true);
      expect(await page.locator('.finding__map-link').first().isVisible()).toBe(false);
      await screenshot(page, 'gap-follow-up-print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('.app__header').isVisible()).toBe(true);
  });

  test('an editor assigns a finding; a visitor sees that it is assigned, not to whom; changed evidence opens it again', async () => {
    await page.goto(`${session.baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Adgangskode').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });

    await openReport();
    const red = page.locator('li.finding[data-rule="red-status"]').first();
    expect(await red.getAttribute('data-status')).toBe('OPEN');
    await red.getByTestId('follow-up').locator('summary').click();
    await red.getByLabel('Tildel (hvem følger op, og hvornår)').check();
    await red.getByLabel('Hvem følger op', { exact: true }).fill('Anna Andersen, Favrskov');
    await red.getByLabel('Frist', { exact: true }).fill('2026-03-01');
    await red.getByLabel('Note', { exact: true }).fill('Plan til næste møde');
    await red.getByRole('button', { name: 'Gem opfølgning' }).click();
    const status = page.locator(`li.finding[data-key="${await red.getAttribute('data-key')}"] [data-testid="follow-up-status"]`);
    await status.waitFor({ timeout: 15_000 });
    await expect(status.textContent()).resolves.toContain('Tildelt Anna Andersen, Favrskov');
    await expect(status.textContent()).resolves.toContain('frist 1. marts 2026');
    await screenshot(page, 'gap-follow-up-assigned');
    expect(await seriousViolations(page)).toEqual([]);

    // A missing perspective is acknowledged by keyboard alone.
    const missing = page.locator(`li.finding[data-rule="missing-perspective"][data-subject="${RANDERS_GROUP}"]`).first();
    const missingKey = (await missing.getAttribute('data-key'))!;
    await missing.getByTestId('follow-up').locator('summary').focus();
    await page.keyboard.press('Enter');
    await missing.getByRole('button', { name: 'Gem opfølgning' }).focus();
    await page.keyboard.press('Enter');
    await page.locator(`li.finding[data-key="${missingKey}"][data-status="ACKNOWLEDGED"]`).waitFor({ timeout: 15_000 });

    // A visitor: assigned, by when, but not to whom, and no form.
    const cookies = await page.context().cookies();
    await page.context().clearCookies();
    await openReport();
    const seen = page.locator('li.finding[data-status="ASSIGNED"] [data-testid="follow-up-status"]');
    await expect(seen.textContent()).resolves.toContain('Tildelt');
    await expect(seen.textContent()).resolves.not.toContain('Anna Andersen');
    await expect(seen.textContent()).resolves.not.toContain('Plan til næste møde');
    expect(await page.getByTestId('follow-up').count()).toBe(0);

    // Someone joins the group: the acknowledged finding's evidence changes, and it is open again.
    const editorHeaders = await signedIn(session.testApp, 'EDITOR');
    const link = await session.testApp.gql(
      `mutation { linkMember(personId: "person:p001", groupId: "${RANDERS_GROUP}", properties: {represents: [MANAGEMENT], role: MEMBER, since: "2025-06-01"}) { id } }`,
      {},
      editorHeaders,
    );
    expect(link.errors).toBeUndefined();
    await page.context().addCookies(cookies);
    await openReport();
    const reopened = page.locator(`li.finding[data-key="${missingKey}"]`);
    expect(await reopened.getAttribute('data-status')).toBe('CHANGED');
    await expect(reopened.getByTestId('follow-up-status').textContent()).resolves.toMatch(/Åben igen.*Grundlaget har ændret sig siden kvitteringen/);
    await reopened.scrollIntoViewIfNeeded();
    await screenshot(page, 'gap-follow-up-changed');
    expect(await seriousViolations(page)).toEqual([]);

    // In English (#16 item 6): what changed is the API's English, not marked as Danish; the note an editor wrote stays Danish content.
    await page.goto(`${session.baseUrl}${REPORT_URL}&lang=en`);
    await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });
    const changedEn = page.locator(`li.finding[data-key="${missingKey}"] [data-testid="follow-up-status"]`);
    await changedEn.waitFor({ timeout: 15_000 });
    await expect(changedEn.textContent()).resolves.toMatch(
      /^Open again – its evidence has changed: The evidence has changed since the acknowledgement on \d{1,2} [A-Z][a-z]+ \d{4}: 1 record has been added; the finding is open again\.$/,
    );
    await expect(changedEn.textContent()).resolves.not.toMatch(/Grundlaget|fundet er åbent/);
    expect(await changedEn.locator('[lang="da"]').count()).toBe(0);
    expect(await changedEn.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    const note = page.locator('li.finding[data-status="ASSIGNED"] .follow-up-status__note').first();
    await expect(note.textContent()).resolves.toBe('Plan til næste møde');
    expect(await note.getAttribute('lang')).toBe('da');
    expect(session.pageErrors).toEqual([]);
  });
});
