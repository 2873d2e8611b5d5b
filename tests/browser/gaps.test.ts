import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.js';
import { openBrowserSession, screenshot, type BrowserSession } from '../support/browser.js';
import { apiData } from '../support/map-page.js';

// What page.evaluate callbacks see in the browser (this project's tsconfig has no DOM types).
declare const window: { __haenderne?: { cy: Core }; location: { pathname: string; search: string } };

const RANDERS_CLUSTER = 'org:cluster-randers';
const RANDERS_GROUP = 'group:implementeringsgruppe-randers';

let session: BrowserSession;
let page: Page;

interface Finding {
  ruleId: string;
  severity: string;
  subject: { id: string; name: string };
  sentence: string;
}
interface Report {
  total: number;
  explanation: string;
  rules: Array<{ rule: { id: string; title: string }; count: number }>;
  bySeverity: Array<{ severity: string; count: number }>;
  findings: Finding[];
  scope: { name: string };
}

/** The API's own report for a scope: what the screen must show (no hard-coded answers). */
async function apiReport(scope: { kind: string; id?: string }, lang: 'DA' | 'EN' = 'DA'): Promise<Report> {
  const data = await apiData<{ gaps: Report }>(
    session.testApp,
    'query($s: GapScopeInput!, $lang: Language) { gaps(scope: $s, lang: $lang) { total explanation scope { name } rules { rule { id title } count } bySeverity { severity count } findings { ruleId severity subject { id name } sentence } } }',
    { s: scope, lang },
  );
  return data.gaps;
}

async function waitForReport(p: Page = page): Promise<void> {
  await p.getByTestId('gaps-report').waitFor({ timeout: 30_000 });
  await p.getByTestId('representation-matrix').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  session = await openBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('the gaps screen', () => {
  test('a steering group opens the gaps for the Randers cluster and jumps from a finding to the map', async () => {
    await page.goto(session.baseUrl);
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Huller' }).click();
    await waitForReport();
    expect(await page.evaluate(() => window.location.pathname)).toBe('/huller');
    await screenshot(page, 'gaps-everything');
    await page.getByTestId('representation-matrix').scrollIntoViewIfNeeded();
    await page.locator('.representation-scroll').evaluate((el) => el.scrollBy(0, 400));
    await screenshot(page, 'gaps-everything-matrix');

    // Choose the Randers cluster in the scope list; the address carries it.
    await page.getByLabel('Afgrænsning').selectOption({ label: 'Randersklyngen' });
    await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => window.location.search)).toBe(`?scope=${encodeURIComponent(RANDERS_CLUSTER)}`);
    await screenshot(page, 'gaps-randers');

    const expected = await apiReport({ kind: 'CLUSTER', id: RANDERS_CLUSTER });
    expect(expected.scope.name).toBe('Randersklyngen');
    const cards = page.locator('li.finding');
    expect(await cards.count()).toBe(expected.total);

    // The planted gaps of seed/data/central-denmark/README.md: the Randers implementation group
    // lacks school and KUI, and has no chair.
    const missing = page.locator(`li.finding[data-rule="missing-perspective"][data-subject="${RANDERS_GROUP}"]`);
    expect(await missing.count()).toBe(2);
    const sentences = (await missing.locator('.finding__sentence').allTextContents()).join('\n');
    // In words, no enum codes (#16 item 6).
    expect(sentences).toContain('repræsentant for skole,');
    expect(sentences).toContain('repræsentant for KUI,');
    expect(sentences).not.toMatch(/\(SCHOOL\)|\(YOUTH_GUIDANCE\)/);
    expect(await page.locator(`li.finding[data-rule="group-without-chair"][data-subject="${RANDERS_GROUP}"]`).count()).toBe(1);
    // Severity in words, not colour alone.
    await expect(missing.first().locator('.severity-badge').textContent()).resolves.toContain('Høj');

    // Counts per rule as the API gives them; grouped under each rule's heading.
    for (const { rule, count } of expected.rules) {
      const row = page.locator(`[data-testid="gaps-rule-counts"] tr[data-rule="${rule.id}"]`);
      await expect(row.locator('td.rule-counts__number').textContent()).resolves.toBe(String(count));
      expect(await page.locator(`section.findings-rule[data-rule="${rule.id}"] li.finding`).count()).toBe(count);
    }

    // Filters: only HIGH, then one rule.
    for (const severity of ['MEDIUM', 'LOW']) await page.locator(`.gaps-filters input[data-severity="${severity}"]`).uncheck();
    const high = expected.findings.filter((f) => f.severity === 'HIGH').length;
    expect(await cards.count()).toBe(high);
    expect(await page.locator('section.findings-severity[data-severity="MEDIUM"]').count()).toBe(0);
    await screenshot(page, 'gaps-randers-high-only');
    // The filter is in the address: a reload (or a shared link) shows the same findings.
    expect(await page.evaluate(() => window.location.search)).toContain('alvor=HIGH');
    await page.reload();
    await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });
    expect(await cards.count()).toBe(high);
    expect(await page.locator('.gaps-filters input[data-severity="MEDIUM"]').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Vis alle fund' }).click();
    await page.getByTestId('gaps-rule-filter').selectOption('channel-not-established');
    expect(await cards.count()).toBe(expected.findings.filter((f) => f.ruleId === 'channel-not-established').length);
    await page.getByRole('button', { name: 'Vis alle fund' }).click();
    expect(await cards.count()).toBe(expected.total);

    // The evidence names the group's members' memberships.
    await missing.first().locator('summary').click();
    await missing.first().locator('.evidence-list li').first().waitFor();
    await expect(missing.first().locator('.evidence-list').textContent()).resolves.toContain('Implementeringsgruppen, Randersklyngen');
    await screenshot(page, 'gaps-randers-evidence');
    expect(await seriousViolations(page)).toEqual([]);

    // The representation matrix marks school and KUI missing for the group, in text too.
    const row = page.locator(`[data-testid="representation-matrix"] tr[data-group="${RANDERS_GROUP}"]`);
    for (const perspective of ['SCHOOL', 'YOUTH_GUIDANCE']) {
      const cell = row.locator(`td[data-perspective="${perspective}"]`);
      expect(await cell.getAttribute('data-state')).toBe('REQUIRED_MISSING');
      await expect(cell.textContent()).resolves.toContain('Mangler');
    }
    expect(await row.locator('td[data-state="REQUIRED_MISSING"]').count()).toBe(2);
    expect(await row.locator('td[data-perspective="PSYCHIATRY"]').getAttribute('data-state')).toBe('REQUIRED_PRESENT');
    const headers = await page.locator('[data-testid="representation-matrix"] thead th').evaluateAll((els) => els.map((e) => e.getAttribute('scope')));
    expect(headers.every((s) => s === 'col')).toBe(true);
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'gaps-randers-matrix');

    // Jump to the map from the finding; the map selects the group.
    await missing.first().getByRole('link', { name: 'Vis på kortet: Implementeringsgruppen, Randersklyngen' }).click();
    await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__haenderne !== undefined && !window.__haenderne.cy.animated(), undefined, { timeout: 10_000 });
    // In the report's scope, the subject selected and the finding's evidence marked (#16 item 4).
    const jump = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect(jump.get('klynge')).toBe(RANDERS_CLUSTER);
    expect(jump.get('valgt')).toBe(RANDERS_GROUP);
    expect(jump.get('markeret')!.split(',')).toContain(RANDERS_GROUP);
    const selected = await page.evaluate((id) => {
      const cy = window.__haenderne!.cy;
      const node = cy.getElementById(id);
      return { selected: cy.nodes('.selected').map((n) => n.id()), visible: node.nonempty() && node.visible() };
    }, RANDERS_GROUP);
    expect(selected).toEqual({ selected: [RANDERS_GROUP], visible: true });
    await page.getByTestId('details').getByRole('heading', { name: 'Implementeringsgruppen, Randersklyngen' }).waitFor();
    await screenshot(page, 'gaps-jump-to-map');

    // Back returns to the report for the same scope.
    await page.goBack();
    await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });

    // A subject the map hides by default (a mandate) is drawn while it is selected.
    const mandateFinding = page.locator('li.finding[data-rule="expired-mandate"]').first();
    const mandateId = (await mandateFinding.getAttribute('data-subject')) ?? '';
    expect(mandateId).toMatch(/^mandate:/);
    await mandateFinding.getByRole('link', { name: /^Vis på kortet: / }).click();
    await page.locator('[data-testid="graph-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await page.waitForFunction((id) => window.__haenderne?.cy.getElementById(id).visible() === true, mandateId, { timeout: 10_000 });
    expect(await page.evaluate(() => window.__haenderne!.cy.nodes('.selected').map((n) => n.id()))).toEqual([mandateId]);
    await screenshot(page, 'gaps-jump-to-map-mandate');
    expect(session.pageErrors).toEqual([]);
  });

  test('a group scope, an unknown scope and 1024×768', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${session.baseUrl}/huller?scope=${encodeURIComponent(RANDERS_GROUP)}`);
    await waitForReport();
    const expected = await apiReport({ kind: 'GROUP', id: RANDERS_GROUP });
    expect(await page.locator('li.finding').count()).toBe(expected.total);
    expect(await page.locator('[data-testid="representation-matrix"] tbody tr').count()).toBe(1);
    await screenshot(page, 'gaps-group-1024');

    // A municipality without findings (found through the API, not assumed) shows the empty state.
    const municipalities = await apiData<{ organisations: { nodes: Array<{ id: string; name: string }> } }>(
      session.testApp,
      '{ organisations(filter: { kinds: [MUNICIPALITY] }) { nodes { id name } } }',
    );
    let quiet: { id: string; name: string } | undefined;
    for (const m of municipalities.organisations.nodes) {
      if ((await apiReport({ kind: 'MUNICIPALITY', id: m.id })).total === 0) {
        quiet = m;
        break;
      }
    }
    if (quiet) {
      await page.goto(`${session.baseUrl}/huller?scope=${encodeURIComponent(quiet.id)}`);
      await page.getByTestId('gaps-empty').waitFor({ timeout: 30_000 });
      await expect(page.getByTestId('gaps-empty').textContent()).resolves.toBe(`Ingen huller fundet for ${quiet.name}.`);
      await screenshot(page, 'gaps-empty');
    }

    // English: the screen's own words switch, and the API words the rules, the findings and the
    // explanation in English too (#16 item 6); none of it is marked as Danish any more.
    await page.goto(`${session.baseUrl}/huller?lang=en&scope=${encodeURIComponent(RANDERS_CLUSTER)}`);
    await waitForReport();
    await page.getByRole('heading', { name: 'Gaps in the collaboration' }).waitFor();
    const [english, danish] = await Promise.all([
      apiReport({ kind: 'CLUSTER', id: RANDERS_CLUSTER }, 'EN'),
      apiReport({ kind: 'CLUSTER', id: RANDERS_CLUSTER }),
    ]);
    expect(await page.getByRole('link', { name: /^Show on the map: / }).count()).toBe(english.total);
    const shown = await page.locator('li.finding .finding__sentence').allTextContents();
    expect(shown.slice().sort()).toEqual(english.findings.map((f) => f.sentence).sort());
    expect(shown.filter((s) => danish.findings.some((f) => f.sentence === s))).toEqual([]);
    expect(shown.join('\n')).toContain('has nobody representing school, which the group is required to have');
    await expect(page.locator('.gaps-summary__explanation').textContent()).resolves.toBe(english.explanation);
    expect(english.explanation).toMatch(/ gaps in Randersklyngen by 15 rules: /);
    await expect(page.locator('section.findings-rule[data-rule="missing-perspective"] .findings-rule__heading').textContent()).resolves.toContain(
      'Perspective missing in a group',
    );
    expect(await page.locator('[data-testid="gaps-report"] [lang="da"]').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'gaps-english-1024');
    await page.getByTestId('representation-matrix').scrollIntoViewIfNeeded();
    await page.locator('.representation-scroll').evaluate((el) => el.scrollBy(200, 0));
    await screenshot(page, 'gaps-english-1024-matrix-scrolled');

    await page.goto(`${session.baseUrl}/huller?scope=org%3Afindes-ikke`);
    await page.getByText('Afgrænsningen "org:findes-ikke" findes ikke').waitFor();
    await screenshot(page, 'gaps-unknown-scope');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(session.pageErrors).toEqual([]);
  });
  test('loading, a failed request in words, and "Prøv igen"', async () => {
    // Hold the report back to see the loading state, then fail it to see the error state.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('GetGaps')) {
        await held;
        await route.abort('failed');
      } else await route.continue();
    });
    await page.goto(`${session.baseUrl}/huller?scope=${encodeURIComponent(RANDERS_CLUSTER)}`);
    await page.getByTestId('gaps-loading').waitFor();
    await expect(page.getByTestId('gaps-loading').textContent()).resolves.toBe('Finder huller for Randersklyngen …');
    await screenshot(page, 'gaps-loading');
    release();
    const alert = page.getByRole('alert').filter({ hasText: 'Hullerne kunne ikke hentes' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Serveren svarer ikke');
    await screenshot(page, 'gaps-error');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Prøv igen' }).click();
    await page.locator(`[data-testid="gaps-report"][data-scope="${RANDERS_CLUSTER}"]`).waitFor({ timeout: 30_000 });
    // The aborted request is the only console error, and it is expected.
    session.pageErrors.splice(0, session.pageErrors.length, ...session.pageErrors.filter((e) => !e.includes('net::ERR_FAILED')));
    expect(session.pageErrors).toEqual([]);
  });
});
