import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';

declare const window: { location: { search: string } };

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
const NORDDJURS = 'org:municipality-norddjurs';

declare const document: unknown;

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

async function gqlData<T>(query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

/** The API's matrix for a date: what the table must show. */
async function apiMatrix(asOf: string): Promise<Matrix> {
  const data = await gqlData<{ statusMatrix: Matrix }>(
    'query($a: ID!, $d: String) { statusMatrix(agreementId: $a, asOf: $d) { asOf summary elements { id number } rows { organisation { id name } cells { elementId level colour asOf note source } } } }',
    { a: AGREEMENT, d: asOf },
  );
  return data.statusMatrix;
}

/** The days with statuses on the agreement, from the API: the slider's stops. */
async function statusDates(): Promise<string[]> {
  const data = await gqlData<{ agreement: { elements: Array<{ statuses: Array<{ asOf: string }> }> } }>(
    'query($a: ID!) { agreement(id: $a) { elements { statuses { asOf } } } }',
    { a: AGREEMENT },
  );
  return [...new Set(data.agreement.elements.flatMap((e) => e.statuses.map((s) => s.asOf)))].sort();
}

async function tableLevels(p: Page, organisationId: string): Promise<string[]> {
  return p.locator(`[data-testid="status-matrix"] tr[data-organisation="${organisationId}"] td`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-level') ?? ''));
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
    const changes = await gqlData<{ statusChanges: { explanation: string; changes: Array<{ organisation: { id: string }; element: { id: string }; sentence: string }> } }>(
      'query($a: ID!, $f: String!, $t: String) { statusChanges(agreementId: $a, from: $f, to: $t) { explanation changes { organisation { id } element { id } sentence } } }',
      { a: AGREEMENT, f: first2023, t: stops[1] },
    );
    const panel = page.getByTestId('status-changes');
    await panel.locator('.status-changes__explanation').waitFor();
    await expect(panel.locator('.status-changes__explanation').textContent()).resolves.toBe(changes.statusChanges.explanation);
    expect(await panel.locator('li').allTextContents()).toEqual(changes.statusChanges.changes.map((c) => c.sentence));
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
    const clusterRows = await gqlData<{ statusMatrix: { rows: Array<{ organisation: { id: string } }> } }>(
      'query($a: ID!) { statusMatrix(agreementId: $a, clusterId: "org:cluster-randers") { rows { organisation { id } } } }',
      { a: AGREEMENT },
    );
    await page.waitForFunction(
      (n) => (document as unknown as { querySelectorAll(s: string): { length: number } }).querySelectorAll('[data-testid="status-matrix"] tbody tr').length === n,
      clusterRows.statusMatrix.rows.length,
      { timeout: 30_000 },
    );
    await screenshot(page, 'status-randers-1024');

    const agreements = await gqlData<{ agreements: { nodes: Array<{ id: string; name: string; elements: Array<{ statuses: Array<{ asOf: string }> }> }> } }>(
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
