import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * reportStatus() and statusReports() on the seeded store: a report is a new dated record, the
 * matrix shows the latest on or before its date, earlier reports stay readable, repeats with a
 * reportId land once, concurrent editors both land, bad input is refused before anything is
 * written, and visitors cannot report. Each test uses its own municipality/element cell or
 * reads the cell's state first, so the tests do not depend on each other's order.
 */

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
const REPORT = `mutation($o: ID!, $e: ID!, $l: StatusLevel!, $d: String!, $n: String, $s: String, $id: ID) {
  reportStatus(organisationId: $o, elementId: $e, level: $l, asOf: $d, note: $n, source: $s, reportId: $id) {
    created report { id organisationId elementId level colour asOf note source inferred recordedAt } change { id operation entityLabel actor }
  } }`;
const REPORTS = `query($o: ID!, $e: ID!, $d: String) {
  statusReports(organisationId: $o, elementId: $e, asOf: $d) { asOf entries { inForce afterDate report { id level asOf note recordedAt } } } }`;
const CELL = `query($d: String) { statusMatrix(agreementId: "${AGREEMENT}", asOf: $d) { rows { organisation { id } cells { elementId level asOf note reportId } } } }`;
const HISTORY = `query($id: ID!) { history(entityId: $id) { operation entityId entityLabel } }`;

let t: TestApp;
let editor: Record<string, string>;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

interface Report {
  id: string;
  level: string;
  asOf: string;
  note: string | null;
  recordedAt: string | null;
}
async function report(vars: Record<string, unknown>, headers = editor) {
  return t.gql<{
    reportStatus: {
      created: boolean;
      report: Report & { organisationId: string; elementId: string; colour: string; source: string | null };
      change: { id: string; operation: string; entityLabel: string; actor: string } | null;
    };
  }>(REPORT, { e: 'element:mistrivsel-1', l: 'YELLOW', ...vars }, headers);
}
async function cellOn(orgId: string, elementId: string, day: string) {
  const r = await t.gql<{
    statusMatrix: {
      rows: Array<{
        organisation: { id: string };
        cells: Array<{ elementId: string; level: string; asOf: string; note: string | null; reportId: string } | null>;
      }>;
    };
  }>(CELL, { d: day });
  expect(r.errors).toBeUndefined();
  return r.data!.statusMatrix.rows.find((x) => x.organisation.id === orgId)!.cells.find((c) => c?.elementId === elementId) ?? null;
}
async function reportsOf(orgId: string, elementId: string, day?: string) {
  const r = await t.gql<{ statusReports: { asOf: string; entries: Array<{ inForce: boolean; afterDate: boolean; report: Report }> } }>(REPORTS, {
    o: orgId,
    e: elementId,
    d: day,
  });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.statusReports;
}
const codeOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  ((r.errors?.[0]?.extensions?.issues ?? []) as Array<{ field: string }>).map((i) => i.field);

describe('reportStatus(): a new dated report, history kept', () => {
  it('adds a report the matrix shows from its date on, and keeps the earlier one in force before it and readable', async () => {
    const org = 'org:municipality-norddjurs';
    const before = await cellOn(org, 'element:mistrivsel-1', '2024-06-01');
    expect(before).not.toBeNull();
    const earlierReports = (await reportsOf(org, 'element:mistrivsel-1', '2024-06-01')).entries;

    const r = await report({ o: org, l: 'RED', d: '1.6.2024', n: 'MedCom-modulet er lukket ned igen.', s: 'Statusmøde juni 2024' });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { created, report: saved, change } = r.data!.reportStatus;
    expect(created).toBe(true);
    expect(saved).toMatchObject({
      organisationId: org,
      elementId: 'element:mistrivsel-1',
      level: 'RED',
      colour: 'rød',
      asOf: '2024-06-01',
      note: 'MedCom-modulet er lukket ned igen.',
      source: 'Statusmøde juni 2024',
      inferred: false,
    });
    expect(saved.id).toMatch(/^rel:status:/);
    expect(Date.parse(saved.recordedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(change).toMatchObject({ operation: 'LINK', entityLabel: 'STATUS' });

    // In force from its date; the day before, the earlier report still is.
    expect(await cellOn(org, 'element:mistrivsel-1', '2024-06-01')).toMatchObject({ level: 'RED', asOf: '2024-06-01', reportId: saved.id });
    expect(await cellOn(org, 'element:mistrivsel-1', '2024-05-31')).toEqual(await cellOn(org, 'element:mistrivsel-1', '2024-05-31'));
    expect((await cellOn(org, 'element:mistrivsel-1', '2024-05-31'))?.reportId).toBe(before!.reportId);

    // Nothing overwritten: every earlier report is still there, the new one first and in force.
    const after = await reportsOf(org, 'element:mistrivsel-1', '2024-06-01');
    expect(after.entries).toHaveLength(earlierReports.length + 1);
    expect(after.entries[0]).toMatchObject({ inForce: true, afterDate: false, report: { id: saved.id, level: 'RED' } });
    expect(after.entries.slice(1).map((e) => e.report)).toEqual(earlierReports.map((e) => e.report));
    expect(after.entries.filter((e) => e.inForce)).toHaveLength(1);

    // Asked for an earlier day, the new report is marked as after it and the old one in force.
    const earlier = await reportsOf(org, 'element:mistrivsel-1', '2024-05-31');
    expect(earlier.entries[0]).toMatchObject({ inForce: false, afterDate: true });
    expect(earlier.entries.find((e) => e.inForce)?.report.id).toBe(before!.reportId);

    // Audited: the municipality's history shows the report.
    const h = await t.gql<{ history: Array<{ operation: string; entityId: string }> }>(HISTORY, { id: saved.id }, editor);
    expect(h.data!.history).toEqual([{ operation: 'LINK', entityId: saved.id, entityLabel: 'STATUS' }]);
  });

  it('on one date the report recorded last is in force (a same-day correction), the first kept', async () => {
    const org = 'org:municipality-favrskov';
    const first = await report({ o: org, e: 'element:mistrivsel-2', l: 'GREEN', d: '2024-09-02', n: 'Første melding' });
    const second = await report({ o: org, e: 'element:mistrivsel-2', l: 'YELLOW', d: '02-09-2024', n: 'Rettet samme dag' });
    expect(first.errors ?? second.errors).toBeUndefined();
    expect(await cellOn(org, 'element:mistrivsel-2', '2024-09-02')).toMatchObject({ level: 'YELLOW', note: 'Rettet samme dag' });
    const entries = (await reportsOf(org, 'element:mistrivsel-2', '2024-09-02')).entries;
    expect(entries.slice(0, 2).map((e) => [e.report.note, e.inForce])).toEqual([
      ['Rettet samme dag', true],
      ['Første melding', false],
    ]);
  });

  it('the same request twice with one reportId lands once; the same id with other content is a CONFLICT', async () => {
    const org = 'org:municipality-syddjurs';
    const id = `rel:status:${randomUUID()}`;
    const count = async () => (await reportsOf(org, 'element:mistrivsel-3')).entries.length;
    const n0 = await count();
    const vars = { o: org, e: 'element:mistrivsel-3', l: 'GREEN', d: '2024-10-01', n: 'Dobbeltklik', id };
    const [a, b] = [await report(vars), await report(vars)];
    expect(a.data!.reportStatus.created).toBe(true);
    expect(b.data!.reportStatus).toMatchObject({ created: false, change: null, report: { id, level: 'GREEN', note: 'Dobbeltklik' } });
    expect(await count()).toBe(n0 + 1);
    // Sent at once, too.
    const id2 = `rel:status:${randomUUID()}`;
    const both = await Promise.all([report({ ...vars, id: id2 }), report({ ...vars, id: id2 })]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(both.map((r) => r.data!.reportStatus.created).sort()).toEqual([false, true]);
    expect(await count()).toBe(n0 + 2);
    const clash = await report({ ...vars, l: 'RED' });
    expect(codeOf(clash)).toBe('CONFLICT');
    expect(await count()).toBe(n0 + 2);
    // Without a reportId every request is a report of its own.
    await report({ ...vars, id: undefined });
    await report({ ...vars, id: undefined });
    expect(await count()).toBe(n0 + 4);
  });

  it('two editors reporting on one cell at once both land as reports', async () => {
    const other = await signedIn(t, 'EDITOR');
    const org = 'org:municipality-randers';
    const n0 = (await reportsOf(org, 'element:mistrivsel-1')).entries.length;
    const results = await Promise.all([
      report({ o: org, l: 'GREEN', d: '2024-11-01', n: 'Editor A' }, editor),
      report({ o: org, l: 'RED', d: '2024-11-01', n: 'Editor B' }, other),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const entries = (await reportsOf(org, 'element:mistrivsel-1', '2024-11-01')).entries;
    expect(entries).toHaveLength(n0 + 2);
    expect(
      entries
        .slice(0, 2)
        .map((e) => e.report.note)
        .sort(),
    ).toEqual(['Editor A', 'Editor B']);
    expect(entries.filter((e) => e.inForce)).toHaveLength(1);
  });
});

describe('reportStatus(): refusals change nothing', () => {
  const org = 'org:municipality-skive';
  const count = async () => (await reportsOf(org, 'element:mistrivsel-1')).entries.length;

  it('visitors and viewers cannot report', async () => {
    const n0 = await count();
    expect(codeOf(await report({ o: org, d: '2024-01-01' }, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await report({ o: org, d: '2024-01-01' }, viewer))).toBe('FORBIDDEN');
    expect(await count()).toBe(n0);
  });

  it('bad dates, a future date, long notes and a bad reportId are BAD_USER_INPUT naming the field', async () => {
    const n0 = await count();
    for (const [vars, field] of [
      [{ d: '31.4.2024' }, 'asOf'],
      [{ d: 'i går' }, 'asOf'],
      [{ d: '6.12.24' }, 'asOf'],
      [{ d: '2099-01-01' }, 'asOf'],
      [{ d: '2024-01-01', n: 'x'.repeat(2001) }, 'note'],
      [{ d: '2024-01-01', s: 'x'.repeat(201) }, 'source'],
      [{ d: '2024-01-01', id: 'rel:works-in:x' }, 'reportId'],
    ] as const) {
      const r = await report({ o: org, ...vars });
      expect(codeOf(r), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r), JSON.stringify(vars)).toEqual([field]);
    }
    const level = await report({ o: org, d: '2024-01-01', l: 'ORANGE' });
    expect(level.errors?.[0]?.message).toMatch(/StatusLevel/);
    expect(await count()).toBe(n0);
  });

  // An outside probe erased a past report with unlink (the matrix for its day lost the status in
  // force) and dated one 2099-12-31 through setStatus, which reportStatus refuses.
  it('an editor never removes a report (unlink is BAD_USER_INPUT, the report stays); setStatus refuses a future date as reportStatus does', async () => {
    const made = await report({ o: org, d: '2024-02-01', l: 'GREEN' });
    const id = made.data!.reportStatus.report.id;
    const n0 = await count();
    const unlink = await t.gql(`mutation($id: ID!) { unlink(id: $id, version: 1) { id } }`, { id }, editor);
    expect(codeOf(unlink)).toBe('BAD_USER_INPUT');
    expect(unlink.errors?.[0]?.extensions?.da).toMatch(/statusmelding fjernes ikke/);
    expect(await count()).toBe(n0);
    const future = await t.gql(
      `mutation($o: ID!) { setStatus(organisationId: $o, elementId: "element:mistrivsel-1", properties: {level: RED, asOf: "2099-12-31"}) { id } }`,
      { o: org },
      editor,
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(future)).toEqual(['properties.asOf']);
    expect(await count()).toBe(n0);
    // An administrator removes one made in error, audited.
    const admin = await signedIn(t, 'ADMIN');
    expect((await t.gql(`mutation($id: ID!) { unlink(id: $id, version: 1) { id } }`, { id }, admin)).errors).toBeUndefined();
    expect(await count()).toBe(n0 - 1);
  });

  it('an unknown organisation or element is NOT_FOUND; a non-municipality is BAD_USER_INPUT', async () => {
    expect(codeOf(await report({ o: 'org:nowhere', d: '2024-01-01' }))).toBe('NOT_FOUND');
    expect(codeOf(await report({ o: org, e: 'element:nowhere', d: '2024-01-01' }))).toBe('NOT_FOUND');
    const notMunicipality = await report({ o: 'org:ppr-randers', d: '2024-01-01' });
    expect(codeOf(notMunicipality)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(notMunicipality)).toEqual(['organisationId']);
  });

  it('an editor scoped to the Randers cluster reports for Norddjurs but not for Aarhus', async () => {
    const scoped = await signedIn(t, 'EDITOR', 'org:cluster-randers');
    expect((await report({ o: 'org:municipality-norddjurs', d: '2024-02-01' }, scoped)).errors).toBeUndefined();
    const n0 = (await reportsOf('org:municipality-aarhus', 'element:mistrivsel-1')).entries.length;
    expect(codeOf(await report({ o: 'org:municipality-aarhus', d: '2024-02-01' }, scoped))).toBe('FORBIDDEN');
    expect((await reportsOf('org:municipality-aarhus', 'element:mistrivsel-1')).entries).toHaveLength(n0);
  });

  it('statusReports refuses a date that is no day', async () => {
    const r = await t.gql<unknown>(REPORTS, { o: org, e: 'element:mistrivsel-1', d: '2024-02-30' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});
