import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The red-status and stale-status rules judge a cell by the report in force as the status
 * matrix picks it (laterReport in core/status-cell.ts): the later asOf, on the same day the one
 * recorded later, then the greater id. Two reports of one cell on the same day must not be
 * decided by the order the engine happens to read them in.
 */

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
const ELEMENT = 'element:mistrivsel-2';
const REPORT = `mutation($o: ID!, $e: ID!, $l: StatusLevel!, $d: String!, $id: ID) {
  reportStatus(organisationId: $o, elementId: $e, level: $l, asOf: $d, reportId: $id) { created report { id level asOf } } }`;
const GAPS = `query($id: ID!, $asOf: String, $stale: Int, $rules: [String!]) {
  gaps(scope: { kind: MUNICIPALITY, id: $id }, rules: $rules, asOf: $asOf, staleAfterDays: $stale) {
    findings { ruleId subject { id } evidenceIds } } }`;
const CELL = `query($d: String) { statusMatrix(agreementId: "${AGREEMENT}", asOf: $d) {
  rows { organisation { id } cells { elementId level asOf reportId } } } }`;

interface Finding {
  ruleId: string;
  subject: { id: string };
  evidenceIds: string[];
}

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
});
afterAll(() => t.close());

async function report(org: string, level: string, day: string, id: string) {
  const r = await t.gql<{ reportStatus: { created: boolean } }>(REPORT, { o: org, e: ELEMENT, l: level, d: day, id }, editor);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  expect(r.data!.reportStatus.created).toBe(true);
}

/** The findings of one rule about the test's cell (its element is in every status finding's evidence). */
async function cellFindings(org: string, rule: string, asOf: string, stale = 365): Promise<Finding[]> {
  const r = await t.gql<{ gaps: { findings: Finding[] } }>(GAPS, { id: org, asOf, stale, rules: [rule] });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.gaps.findings.filter((f) => f.subject.id === org && f.evidenceIds.includes(ELEMENT));
}

async function matrixCell(org: string, day: string) {
  const r = await t.gql<{
    statusMatrix: { rows: Array<{ organisation: { id: string }; cells: Array<{ elementId: string; level: string; reportId: string } | null> }> };
  }>(CELL, { d: day });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.statusMatrix.rows.find((x) => x.organisation.id === org)!.cells.find((c) => c?.elementId === ELEMENT) ?? null;
}

describe('gaps: two reports of one cell on the same day', () => {
  it('red-status follows the report recorded later that day, as the status matrix does, whatever the ids', async () => {
    const org = 'org:municipality-syddjurs';
    const day = '2026-03-02';
    // RED first with the greater id, then GREEN: by date alone they tie, and by id RED would win.
    await report(org, 'RED', day, 'rel:status:zz-same-day-red');
    await report(org, 'GREEN', day, 'rel:status:aa-same-day-green');
    expect((await matrixCell(org, day))?.level).toBe('GREEN');
    expect(await cellFindings(org, 'red-status', day)).toEqual([]);

    // A third report the same day, RED again: now it is the one in force, and the rule sees it.
    await report(org, 'RED', day, 'rel:status:mm-same-day-red-again');
    expect((await matrixCell(org, day))?.reportId).toBe('rel:status:mm-same-day-red-again');
    const found = await cellFindings(org, 'red-status', day);
    expect(found).toHaveLength(1);
    expect(found[0]!.evidenceIds).toContain('rel:status:mm-same-day-red-again');
  });

  it('on the same day and the same recording time the greater id is in force, for red-status and stale-status alike', async () => {
    const org = 'org:municipality-favrskov';
    const day = '2024-02-01';
    // Written as the status report statement writes them, with one recording time, as an import
    // of two reports in one transaction would: only the id can tell them apart.
    const now = '2026-01-15T10:00:00.000Z';
    await t.db.write(async (tx) => {
      for (const [id, level] of [
        ['rel:status:tie-b-green', 'GREEN'],
        ['rel:status:tie-c-red', 'RED'],
        ['rel:status:tie-a-yellow', 'YELLOW'],
      ] as const) {
        await tx.run(t.queries.statusReport, { id, organisationId: org, elementId: ELEMENT, props: { level, asOf: day, note: null, source: null }, now });
      }
    });
    const asOf = '2024-03-01';
    expect((await matrixCell(org, asOf))?.reportId).toBe('rel:status:tie-c-red');
    const red = await cellFindings(org, 'red-status', asOf);
    expect(red).toHaveLength(1);
    expect(red[0]!.evidenceIds).toContain('rel:status:tie-c-red');
    // Stale after 10 days: the report in force (the same one) is named.
    const stale = await cellFindings(org, 'stale-status', asOf, 10);
    expect(stale).toHaveLength(1);
    expect(stale[0]!.evidenceIds).toContain('rel:status:tie-c-red');
  });
});
