import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { apiData } from '../support/map-page.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';

declare const window: { location: { search: string } };
declare const document: { activeElement: { getAttribute(name: string): string | null } | null };

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
const NORDDJURS = 'org:municipality-norddjurs';

let session: BrowserSession;
let page: Page;

interface Cell {
  elementId: string;
  level: string;
  colour: string;
  asOf: string;
  note: string | null;
  source: string | null;
}
interface Matrix {
  asOf: string;
  elements: Array<{ id: string; number: number }>;
  rows: Array<{ organisation: { id: string; name: string }; cells: Array<Cell | null> }>;
  summary: string;
}

/** The API's matrix for a date: what the table must show. */
async function apiMatrix(asOf: string): Promise<Matrix> {
  const data = await apiData<{ statusMatrix: Matrix }>(
    session.testApp,
    'query($a: ID!, $d: String) { statusMatrix(agreementId: $a, asOf: $d) { asOf summary elements { id number } rows { organisation { id name } cells { elementId level colour asOf note source } } } }',
    { a: AGREEMENT, d: asOf },
  );
  return data.statusMatrix;
}

/** The days with statuses on the agreement, from the API: the slider's stops. */
async function statusDates(): Promise<string[]> {
  const data = await apiData<{ agreement: { elements: Array<{ statuses: Array<{ asOf: string }> }> } }>(
    session.testApp,
    'query($a: ID!) { agreement(id: $a) { elements { statuses { asOf } } } }',
    { a: AGREEMENT },
  );
  return [...new Set(data.agreement.elements.flatMap((e) => e.statuses.map((s) => s.asOf)))].sort();
}

async function tableLevels(p: Page, organisationId: string): Promise<string[]> {
  return p
    .locator(`[data-testid="status-matrix"] tr[data-organisation="${organisationId}"] td`)
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-level') ?? ''));
}

async function waitForMatrix(asOf: string, p: Page = page): Promise<void> {
  await p.locator(`[data-testid="status-matrix"][data-as-of="${asOf}"]`).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('the status matrix', () => {
  test("Norddjurs' colours as of 2023, and the slider moves through the history", async () => {
    const stops = await statusDates();
    expect(stops.length).toBeGreaterThan(1);
    const first2023 = stops.find((d) => d.startsWith('2023'));
    expect(first2023, 'the seed has a 2023 status (document 003)').toBeDefined();

    await page.goto(session.baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Status' }).click();
    // Opens on the latest report day.
    await waitForMatrix(stops[stops.length - 1]!);
    await screenshot(page, 'status-latest');
    const slider = page.getByTestId('status-slider');
    expect(await slider.inputValue()).toBe(String(stops.length - 1));

    // Move the slider to 2023 with the keyboard (Home = first stop).
    await slider.focus();
    await slider.press('Home');
    await waitForMatrix(first2023!);
    expect(await page.evaluate(() => window.location.search)).toContain(`dato=${first2023}`);
    const in2023 = await apiMatrix(first2023!);
    const norddjurs2023 = in2023.rows.find((r) => r.organisation.id === NORDDJURS)!;
    expect(norddjurs2023.cells.every((c) => c !== null)).toBe(true);
    expect(await tableLevels(page, NORDDJURS)).toEqual(norddjurs2023.cells.map((c) => c!.level));
    // Colour words in the cells (not colour alone), and the API's summary above the table.
    const words = await page.locator(`tr[data-organisation="${NORDDJURS}"] .status-cell__word`).allTextContents();
    expect(words).toEqual(norddjurs2023.cells.map((c) => c!.colour));
    await expect(page.getByTestId('status-summary').textContent()).resolves.toBe(in2023.summary);
    // Only Norddjurs reported in Feb 2023 (document 003): every other row is without status.
    for (const row of in2023.rows.filter((r) => r.organisation.id !== NORDDJURS)) {
      expect((await tableLevels(page, row.organisation.id)).every((l) => l === 'NONE')).toBe(true);
    }
    await screenshot(page, 'status-2023');

    // Focus a cell: its note and source are read in the details line.
    const firstCell = page.locator(`tr[data-organisation="${NORDDJURS}"] td`).first().getByRole('button');
    await firstCell.focus();
    const details = page.getByTestId('status-details');
    await expect(details.textContent()).resolves.toContain(norddjurs2023.cells[0]!.note!);
    await expect(details.textContent()).resolves.toContain(norddjurs2023.cells[0]!.source!);
    expect(await firstCell.getAttribute('title')).toContain(norddjurs2023.cells[0]!.colour);
    await screenshot(page, 'status-2023-cell-focused');
    // Arrow keys walk the matrix: right to element 2, down to the next municipality.
    await firstCell.press('ArrowRight');
    await expect(details.textContent()).resolves.toContain(norddjurs2023.cells[1]!.note!);
    const below = in2023.rows[in2023.rows.findIndex((r) => r.organisation.id === NORDDJURS) + 1]!;
    await page.keyboard.press('ArrowDown');
    await expect(details.textContent()).resolves.toContain(below.organisation.name);

    // One step right: the next report day; the cells change as the API says they do.
    await slider.focus();
    await slider.press('ArrowRight');
    await waitForMatrix(stops[1]!);
    const next = await apiMatrix(stops[1]!);
    for (const row of next.rows) {
      expect(await tableLevels(page, row.organisation.id), row.organisation.name).toEqual(row.cells.map((c) => c?.level ?? 'NONE'));
    }
    expect(await tableLevels(page, NORDDJURS)).not.toEqual(norddjurs2023.cells.map((c) => c!.level));

    // What changed since the previous report day, with the changed cells marked.
    const changes = await apiData<{
      statusChanges: { explanation: string; changes: Array<{ organisation: { id: string }; element: { id: string }; sentence: string }> };
    }>(
      session.testApp,
      'query($a: ID!, $f: String!, $t: String) { statusChanges(agreementId: $a, from: $f, to: $t) { explanation changes { organisation { id } element { id } sentence } } }',
      { a: AGREEMENT, f: first2023, t: stops[1] },
    );
    const panel = page.getByTestId('status-changes');
    await panel.locator('.status-changes__explanation').waitFor();
    await expect(panel.locator('.status-changes__explanation').textContent()).resolves.toBe(changes.statusChanges.explanation);
    expect(await panel.locator('li .status-changes__sentence').allTextContents()).toEqual(changes.statusChanges.changes.map((c) => c.sentence));
    expect(await page.locator('td[data-changed="true"]').count()).toBe(changes.statusChanges.changes.length);
    await screenshot(page, 'status-next-with-changes');
    expect(await seriousViolations(page)).toEqual([]);

    // A date between report days through the date field: the slider sits on the stop before it.
    await page.getByTestId('status-date').fill(`${first2023!.slice(0, 4)}-12-31`);
    await waitForMatrix(`${first2023!.slice(0, 4)}-12-31`);
    expect(await slider.inputValue()).toBe(String(stops.filter((d) => d <= `${first2023!.slice(0, 4)}-12-31`).length - 1));
    expect(await tableLevels(page, NORDDJURS)).toEqual(norddjurs2023.cells.map((c) => c!.level));

    // The municipality's name leads to it on the map.
    await page.locator(`tr[data-organisation="${NORDDJURS}"] th`).getByRole('link', { name: 'Norddjurs Kommune' }).click();
    await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => window.location.search)).toBe(`?valgt=${encodeURIComponent(NORDDJURS)}`);
    expect(session.pageErrors).toEqual([]);
  });

  test('the Randers cluster only, at 1024×768, and an agreement without statuses', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${session.baseUrl}/status`);
    await page.getByTestId('status-matrix').waitFor({ timeout: 30_000 });
    await page.getByTestId('status-cluster').selectOption({ label: 'Randersklyngen' });
    await page.waitForFunction(() => window.location.search.includes('klynge='));
    const clusterRows = await apiData<{ statusMatrix: { rows: Array<{ organisation: { id: string } }> } }>(
      session.testApp,
      'query($a: ID!) { statusMatrix(agreementId: $a, clusterId: "org:cluster-randers") { rows { organisation { id } } } }',
      { a: AGREEMENT },
    );
    await page.waitForFunction(
      (n) =>
        (document as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll('[data-testid="status-matrix"] tbody tr').length === n,
      clusterRows.statusMatrix.rows.length,
      { timeout: 30_000 },
    );
    await screenshot(page, 'status-randers-1024');

    const agreements = await apiData<{ agreements: { nodes: Array<{ id: string; name: string; elements: Array<{ statuses: Array<{ asOf: string }> }> }> } }>(
      session.testApp,
      '{ agreements { nodes { id name elements { statuses { asOf } } } } }',
    );
    const quiet = agreements.agreements.nodes.find((a) => a.elements.every((e) => e.statuses.length === 0));
    if (quiet) {
      await page.getByTestId('status-agreement').selectOption(quiet.id);
      await page.getByText('Der er endnu ingen statusmeldinger for denne aftale.').waitFor();
      // The cluster stays chosen; the API knows no cluster for an agreement without municipalities.
      await page.locator('[data-testid="status-empty"], [data-testid="status-cluster-outside"]').first().waitFor({ timeout: 30_000 });
      await screenshot(page, 'status-agreement-without-statuses');
      if ((await page.getByTestId('status-cluster-outside').count()) > 0) {
        await page.getByTestId('status-cluster-outside').getByRole('button', { name: 'Alle klynger' }).click();
        await page.locator('[data-testid="status-empty"], [data-testid="status-matrix"]').first().waitFor({ timeout: 30_000 });
      }
      expect(await page.locator('.notice--error').count()).toBe(0);
      await screenshot(page, 'status-agreement-without-statuses-all-clusters');
    }
    await page.goto(`${session.baseUrl}/status?lang=en&dato=2024-09-01`);
    await waitForMatrix('2024-09-01');
    await page.getByRole('heading', { name: 'Status of the cooperation agreement' }).waitFor();
    await screenshot(page, 'status-english-1024');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(session.pageErrors).toEqual([]);
  });

  test('loading and a failed request in words', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('GetStatusMatrix')) {
        await held;
        await route.abort('failed');
      } else await route.continue();
    });
    await page.goto(`${session.baseUrl}/status?dato=2024-04-01`);
    const loading = page.getByRole('status').filter({ hasText: 'Henter status pr. 1. april 2024' });
    await loading.waitFor();
    await screenshot(page, 'status-loading');
    release();
    const alert = page.getByRole('alert').filter({ hasText: 'Status kunne ikke hentes' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Serveren svarer ikke');
    await screenshot(page, 'status-error');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await waitForMatrix('2024-04-01');
    session.pageErrors.splice(0, session.pageErrors.length, ...session.pageErrors.filter((e) => !e.includes('net::ERR_FAILED')));
    expect(session.pageErrors).toEqual([]);
  });
});

interface Report {
  id: string;
  level: string;
  asOf: string;
  note: string | null;
}
/** A cell's reports from the API, newest first, and which is in force on the date. */
async function apiReports(organisationId: string, elementId: string, asOf: string) {
  const data = await apiData<{ statusReports: { entries: Array<{ inForce: boolean; report: Report }> } }>(
    session.testApp,
    'query($o: ID!, $e: ID!, $d: String) { statusReports(organisationId: $o, elementId: $e, asOf: $d) { entries { inForce report { id level asOf note } } } }',
    { o: organisationId, e: elementId, d: asOf },
  );
  return data.statusReports.entries;
}
const cellButton = (p: Page, organisationId: string, elementId: string) =>
  p.locator(`[data-testid="status-matrix"] button[data-cell="${organisationId}|${elementId}"]`);
const focusedCell = (p: Page) => p.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);

describe("a cell's reports, and what changed beside the slider", () => {
  test('a visitor opens a cell with Enter: every report, the one in force marked, no form; Escape closes back to the cell', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${session.baseUrl}/status?dato=2025-06-01`);
    await waitForMatrix('2025-06-01');
    const el2 = 'element:mistrivsel-2';
    const expected = await apiReports('org:municipality-randers', el2, '2025-06-01');
    expect(expected.length, 'Randers reported element 2 twice (2024 and 2025)').toBeGreaterThan(1);
    const cell = cellButton(page, 'org:municipality-randers', el2);
    await cell.focus();
    await cell.press('Enter');
    const dialog = page.getByTestId('status-report-dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Randers Kommune, element 2');
    const entries = dialog.locator('[data-testid="status-reports"] > li');
    await expect.poll(() => entries.count()).toBe(expected.length);
    expect(await entries.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-report')))).toEqual(expected.map((e) => e.report.id));
    expect(await dialog.locator('li[data-in-force="true"]').getAttribute('data-report')).toBe(expected.find((e) => e.inForce)!.report.id);
    await expect(dialog.locator('li[data-in-force="true"]').textContent()).resolves.toContain('gælder pr. 1. juni 2025');
    // A visitor reads, and is told how to report; there is no form.
    await dialog.getByTestId('status-report-sign-in').waitFor();
    expect(await dialog.getByTestId('status-report-form').count()).toBe(0);
    await screenshot(page, 'status-cell-reports-visitor');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedCell(page)).toBe(`org:municipality-randers|${el2}`);
    expect(session.pageErrors).toEqual([]);
  });

  test('"Hvad har ændret sig?" sits beside the slider, above the table; pointing at or focusing a change marks its cell', async () => {
    const stops = await statusDates();
    const [from, to] = [stops[0]!, stops[1]!];
    await page.goto(`${session.baseUrl}/status?dato=${to}&fra=${from}`);
    await waitForMatrix(to);
    const panel = page.getByTestId('status-changes');
    const items = panel.locator('.status-changes__item');
    await items.first().waitFor();
    const [dates, changes, table] = await Promise.all([
      page.getByTestId('status-dates').boundingBox(),
      panel.boundingBox(),
      page.getByTestId('status-matrix').boundingBox(),
    ]);
    // Side by side with the date controls, and wholly above the table: in view with the slider.
    expect(changes!.x).toBeGreaterThan(dates!.x + dates!.width - 1);
    expect(Math.abs(changes!.y - dates!.y)).toBeLessThan(40);
    expect(changes!.y + Math.min(changes!.height, 200)).toBeLessThan(table!.y);
    expect(changes!.y).toBeLessThan(720);

    const first = panel.locator('li').first();
    const key = `${await first.getAttribute('data-organisation')}|${await first.getAttribute('data-element')}`;
    const highlighted = () =>
      page
        .locator('td[data-highlighted="true"]')
        .evaluateAll((tds) => tds.map((td) => `${td.closest('tr')!.getAttribute('data-organisation')}|${td.getAttribute('data-element')}`));
    await items.first().hover();
    await expect.poll(highlighted).toEqual([key]);
    await screenshot(page, 'status-change-highlights-cell');
    await page.mouse.move(5, 5);
    await expect.poll(highlighted).toEqual([]);
    // The keyboard: focus marks it, Enter goes to the cell.
    await items.first().focus();
    await expect.poll(highlighted).toEqual([key]);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedCell(page)).toBe(key);
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  test("in English: the summary, what changed and each change in the API's English sentences, not marked as Danish", async () => {
    const stops = await statusDates();
    const [from, to] = [stops[0]!, stops.find((d) => d > '2025')!];
    const asked = async (lang: 'DA' | 'EN') =>
      apiData<{
        statusMatrix: { summary: string };
        statusChanges: { explanation: string; changes: Array<{ sentence: string }> };
      }>(
        session.testApp,
        `query($a: ID!, $f: String!, $t: String, $lang: Language) {
          statusMatrix(agreementId: $a, asOf: $t) { summary(lang: $lang) }
          statusChanges(agreementId: $a, from: $f, to: $t) { explanation(lang: $lang) changes { sentence(lang: $lang) } } }`,
        { a: AGREEMENT, f: from, t: to, lang },
      );
    const [da, en] = [await asked('DA'), await asked('EN')];
    expect(en.statusChanges.changes.length).toBeGreaterThan(0);
    expect(en.statusMatrix.summary).not.toBe(da.statusMatrix.summary);

    await page.goto(`${session.baseUrl}/status?lang=en&dato=${to}&fra=${from}`);
    await waitForMatrix(to);
    const panel = page.getByTestId('status-changes');
    await panel.locator('.status-changes__sentence').first().waitFor();
    const summary = page.getByTestId('status-summary');
    await expect(summary.textContent()).resolves.toBe(en.statusMatrix.summary);
    await expect(summary.textContent()).resolves.toMatch(/^As of \d{1,2} [A-Z][a-z]+ \d{4}: /);
    await expect(panel.locator('.status-changes__explanation').textContent()).resolves.toBe(en.statusChanges.explanation);
    expect(await panel.locator('.status-changes__sentence').allTextContents()).toEqual(en.statusChanges.changes.map((c) => c.sentence));
    // English text in an English page: nothing generated is marked as Danish any more.
    for (const el of [summary, panel.locator('.status-changes__explanation'), panel.locator('.status-changes__sentence').first()]) {
      expect(await el.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    }
    const words = [summary, panel.locator('.status-changes__explanation')].map((l) => l.textContent());
    for (const text of await Promise.all(words)) expect(text).not.toMatch(/(?<!\p{L})(Pr|uden|celler?|skiftede|farve|mellem|og|grønne?|gule?|røde?)(?!\p{L})/u);
    await screenshot(page, 'status-changes-english');
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('an editor reports a status in the matrix', () => {
  const EDITOR = { email: 'status-redaktoer@example.dk', name: 'Sofie Status', password: 'en-lang-adgangskode-3' };

  test('click a cell, pick the level, type a Danish date, note and source, save: a new report, the old ones kept', async () => {
    await createUser(session.testApp.db, session.testApp.queries, { ...EDITOR, role: 'EDITOR' });
    await page.goto(`${session.baseUrl}/rediger`);
    const form = page.getByTestId('sign-in-form');
    await form.getByLabel('E-mail').fill(EDITOR.email);
    await form.getByLabel('Adgangskode').fill(EDITOR.password);
    await form.getByRole('button', { name: 'Log ind' }).click();
    await form.waitFor({ state: 'detached' });

    const org = 'org:municipality-skanderborg';
    const element = 'element:mistrivsel-3';
    await page.goto(`${session.baseUrl}/status`);
    await page.getByTestId('status-matrix').waitFor({ timeout: 30_000 });
    const asOfBefore = (await page.getByTestId('status-matrix').getAttribute('data-as-of'))!;
    const before = await apiReports(org, element, '2026-11-02');

    // 1 click: the cell.
    await cellButton(page, org, element).click();
    const dialog = page.getByTestId('status-report-dialog');
    const reportForm = dialog.getByTestId('status-report-form');
    await reportForm.waitFor();
    // A date that is no day is refused at the field, and nothing is written.
    const date = reportForm.getByTestId('status-report-date');
    await date.fill('31.11.2026');
    await expect(reportForm.textContent()).resolves.toContain('Skriv fx 6.12.2026');
    await reportForm.getByRole('radio', { name: /rød/ }).check();
    await reportForm.getByRole('button', { name: 'Gem ny melding' }).click();
    await expect(reportForm.textContent()).resolves.toContain('Datoen kan ikke læses');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await apiReports(org, element, '2026-11-02')).toEqual(before);

    // 2: the level (keyboard: arrows move between the radios), 3: the date typed the Danish way.
    await reportForm.getByRole('radio', { name: /rød/ }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await reportForm.getByRole('radio', { name: /gul/ }).isChecked()).toBe(true);
    await date.fill('2/11 2026');
    await expect(reportForm.textContent()).resolves.toContain('Læst som 2. november 2026');
    expect(await reportForm.getByTestId('status-report-picker').inputValue()).toBe('2026-11-02');
    await reportForm.getByLabel('Note').fill('Fælles målsætninger drøftet på netværksmødet.');
    await reportForm.getByLabel(/^Kilde/).fill('Referat af netværksmøde 2. november 2026');
    await screenshot(page, 'status-report-form');
    expect(await seriousViolations(page)).toEqual([]);
    // 4: save.
    await reportForm.getByRole('button', { name: 'Gem ny melding' }).click();
    // Polled (with a refusal's text, if any, in the failure): on Neo4j under load the write takes seconds.
    const outcome = async () =>
      (await reportForm.getByTestId('status-report-saved').textContent()) ||
      ((await reportForm.getByTestId('status-report-error').count()) ? await reportForm.getByTestId('status-report-error').textContent() : '');
    await expect.poll(outcome, { timeout: 30_000 }).toBe('Meldingen pr. 2. november 2026 er gemt.');

    // Stored as a new report; every earlier one is still there.
    const after = await apiReports(org, element, '2026-11-02');
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]!.report).toMatchObject({ level: 'YELLOW', asOf: '2026-11-02', note: 'Fælles målsætninger drøftet på netværksmødet.' });
    expect(after.slice(1).map((e) => e.report)).toEqual(before.map((e) => e.report));
    // The dialog lists it first, in force; the matrix (following the latest day) shows it.
    const entries = dialog.locator('[data-testid="status-reports"] > li');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBe(after.length);
    expect(await entries.first().getAttribute('data-report')).toBe(after[0]!.report.id);
    expect(await entries.first().getAttribute('data-in-force')).toBe('true');
    await screenshot(page, 'status-report-saved');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await dialog.waitFor({ state: 'detached' });
    const latest = '2026-11-02' > asOfBefore ? '2026-11-02' : asOfBefore;
    await waitForMatrix(latest);
    await expect.poll(() => page.locator(`tr[data-organisation="${org}"] td[data-element="${element}"]`).getAttribute('data-level')).toBe('YELLOW');
    // The slider has the new day.
    expect(await statusDates()).toContain('2026-11-02');
    expect(session.pageErrors).toEqual([]);
  });
});
