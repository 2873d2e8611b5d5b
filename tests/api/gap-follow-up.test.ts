import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * Following up gap findings (#16 item 4): acknowledge or assign a finding, stored and audited,
 * shown in the report (who and the note to signed-in users only), back in view when its
 * evidence changes, conflict-safe; and the report as CSV and XLSX. On the Central Denmark seed.
 */

const AS_OF = '2026-01-01';
const RANDERS_IMPL = 'group:implementeringsgruppe-randers';

const REPORT = `query($scope: GapScopeInput!, $asOf: String) { gaps(scope: $scope, asOf: $asOf) {
  followUpAllowed total
  findings { ruleId subject { id } sentence evidenceIds key fingerprint status
    followUp { id state assignee dueDate note at version current change } } } }`;
const FOLLOW_UP = `mutation($input: GapFollowUpInput!) { followUpGap(input: $input) { key status followUp { id state assignee dueDate note version current } } }`;
const REOPEN = `mutation($key: ID!, $version: Int!, $asOf: String) { reopenGap(key: $key, version: $version, asOf: $asOf) { key status followUp { id } } }`;
const HISTORY = 'query($id: ID!) { history(entityId: $id) { operation actor entityLabel after } }';
const EXPORT = `query($scope: GapScopeInput!, $format: GapExportFormat!, $asOf: String) { gapsExport(scope: $scope, format: $format, asOf: $asOf) { filename mimeType encoding content rows } }`;

interface Finding {
  ruleId: string;
  subject: { id: string };
  sentence: string;
  evidenceIds: string[];
  key: string;
  fingerprint: string;
  status: string;
  followUp: null | {
    id: string;
    state: string;
    assignee: string | null;
    dueDate: string | null;
    note: string | null;
    version: number;
    current: boolean;
    change: string | null;
  };
}

interface FollowUpAnswer {
  followUpGap: {
    key: string;
    status: string;
    followUp: { id: string; state: string; assignee: string | null; dueDate: string | null; note: string | null; version: number; current: boolean } | null;
  };
}
/** HISTORY's selection; `after` is the recorded JSON state. */
interface History {
  history: Array<{ operation: string; actor: string; entityLabel: string; after: Record<string, unknown> | null }>;
}
interface GapsExport {
  gapsExport: { filename: string; mimeType: string; encoding: string; content: string; rows: number };
}

let t: TestApp;
let editor: Record<string, string>;
let editor2: Record<string, string>;
let viewer: Record<string, string>;
let admin: Record<string, string>;
let outOfScope: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  [editor, editor2, viewer, admin, outOfScope] = await Promise.all([
    signedIn(t, 'EDITOR'),
    signedIn(t, 'EDITOR'),
    signedIn(t, 'VIEWER'),
    signedIn(t, 'ADMIN'),
    signedIn(t, 'EDITOR', 'org:cluster-horsens'),
  ]);
}, 300_000);
afterAll(() => t?.close(), 120_000);

async function report(headers: Record<string, string> = {}, scope: object = { kind: 'EVERYTHING' }) {
  const r = await t.gql<{ gaps: { followUpAllowed: boolean; total: number; findings: Finding[] } }>(REPORT, { scope, asOf: AS_OF }, headers);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.gaps;
}
const find = async (key: string, headers: Record<string, string> = editor) => (await report(headers)).findings.find((f) => f.key === key)!;
const followUp = (input: Record<string, unknown>, headers: Record<string, string> = editor) =>
  t.gql<FollowUpAnswer>(FOLLOW_UP, { input: { asOf: AS_OF, ...input } }, headers);
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;

describe('finding keys and fingerprints', () => {
  it('every finding of the whole report has its own key, stable between requests and viewers (visitors see every finding too)', async () => {
    const a = await report();
    const b = await report(viewer);
    expect(a.total).toBeGreaterThan(50);
    const keys = a.findings.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(b.findings.map((f) => f.key).sort()).toEqual([...keys].sort());
    for (const f of a.findings) {
      expect(f.key.startsWith(`${f.ruleId}|${f.subject.id}|`)).toBe(true);
      expect(f.status).toBe('OPEN');
      expect(f.followUp).toBeNull();
    }
    // The Randers implementation group lacks two perspectives: two findings, two keys, one fingerprint each.
    const missing = a.findings.filter((f) => f.ruleId === 'missing-perspective' && f.subject.id === RANDERS_IMPL);
    expect(missing).toHaveLength(2);
    expect(missing[0]!.key).not.toBe(missing[1]!.key);
  });

  it('only signed-in editors may follow up, as the report says', async () => {
    expect((await report()).followUpAllowed).toBe(false);
    expect((await report(viewer)).followUpAllowed).toBe(false);
    expect((await report(editor)).followUpAllowed).toBe(true);
  });
});

describe('acknowledge and assign', () => {
  it('an editor acknowledges a finding: stored, shown in the report, audited', async () => {
    const red = (await report()).findings.find((f) => f.ruleId === 'red-status')!;
    const r = await followUp({ key: red.key, state: 'ACKNOWLEDGED', note: 'Drøftet i styregruppen' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.followUpGap).toMatchObject({
      key: red.key,
      status: 'ACKNOWLEDGED',
      followUp: { state: 'ACKNOWLEDGED', version: 1, current: true, note: 'Drøftet i styregruppen', assignee: null },
    });
    const shown = await find(red.key);
    expect(shown.status).toBe('ACKNOWLEDGED');
    const history = await t.gql<History>(HISTORY, { id: shown.followUp!.id }, editor);
    expect(history.data!.history).toHaveLength(1);
    expect(history.data!.history[0]).toMatchObject({ operation: 'CREATE', entityLabel: 'GapAcknowledgement', actor: expect.stringMatching(/^user:/) });
    expect(history.data!.history[0]!.after).toMatchObject({ key: red.key, state: 'ACKNOWLEDGED', fingerprint: red.fingerprint });
  });

  it('assigns a finding (who, due date, note); visitors see that it is assigned and by when, never to whom or the note', async () => {
    const f = (await report()).findings.find((x) => x.ruleId === 'group-without-chair')!;
    const r = await followUp({
      key: f.key,
      state: 'ASSIGNED',
      assignee: 'Formand for klyngestyregruppen',
      dueDate: '2026-03-01',
      note: 'Udpeg formand på næste møde',
    });
    expect(r.errors).toBeUndefined();
    const forEditor = await find(f.key);
    expect(forEditor).toMatchObject({
      status: 'ASSIGNED',
      followUp: { state: 'ASSIGNED', assignee: 'Formand for klyngestyregruppen', dueDate: '2026-03-01', note: 'Udpeg formand på næste møde' },
    });
    expect((await find(f.key, viewer)).followUp).toMatchObject({ assignee: 'Formand for klyngestyregruppen' });
    const forVisitor = await find(f.key, {});
    expect(forVisitor.status).toBe('ASSIGNED');
    expect(forVisitor.followUp).toMatchObject({ state: 'ASSIGNED', dueDate: '2026-03-01', assignee: null, note: null });
  });

  it('two editors at once on the same version: one wins, the other gets CONFLICT with the current follow-up; a stale version too', async () => {
    const f = (await report()).findings.find((x) => x.ruleId === 'group-without-reporting-line')!;
    const first = await followUp({ key: f.key, state: 'ACKNOWLEDGED' });
    expect(first.errors).toBeUndefined();
    const [a, b] = await Promise.all([
      followUp({ key: f.key, state: 'ASSIGNED', assignee: 'Anna', version: 1 }, editor),
      followUp({ key: f.key, state: 'ASSIGNED', assignee: 'Bo', version: 1 }, editor2),
    ]);
    const codes = [code(a), code(b)];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(1);
    const now = await find(f.key);
    expect(now.followUp!.version).toBe(2);
    expect(['Anna', 'Bo']).toContain(now.followUp!.assignee);
    // Starting anew where one exists, or sending a version already passed, is a conflict too.
    const again = await followUp({ key: f.key, state: 'ACKNOWLEDGED' });
    expect(code(again)).toBe('CONFLICT');
    const stale = await followUp({ key: f.key, state: 'ACKNOWLEDGED', version: 1 });
    expect(code(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.current).toMatchObject({ version: 2, state: 'ASSIGNED' });
    const history = await t.gql<History>(HISTORY, { id: now.followUp!.id }, editor);
    expect(history.data!.history.map((h) => h.operation)).toEqual(['UPDATE', 'CREATE']);
  });

  it('back in view when its cause changes: a new member changes the evidence, the finding is open again and says so', async () => {
    const missing = (await report()).findings.filter((f) => f.ruleId === 'missing-perspective' && f.subject.id === RANDERS_IMPL);
    const f = missing[0]!;
    const ack = await followUp({ key: f.key, state: 'ACKNOWLEDGED' });
    expect(ack.errors).toBeUndefined();
    expect((await find(f.key)).status).toBe('ACKNOWLEDGED');
    // Someone joins the group (for another perspective): the memberships the finding rests on change.
    const link = await t.gql<unknown>(
      `mutation { linkMember(personId: "person:p001", groupId: "${RANDERS_IMPL}", properties: {represents: [MANAGEMENT], role: MEMBER, since: "2025-06-01"}) { id } }`,
      {},
      editor,
    );
    expect(link.errors).toBeUndefined();
    const after = await find(f.key);
    expect(after.key).toBe(f.key);
    expect(after.fingerprint).not.toBe(f.fingerprint);
    expect(after.status).toBe('CHANGED');
    expect(after.followUp).toMatchObject({ state: 'ACKNOWLEDGED', current: false });
    expect(after.followUp!.change).toMatch(/^Grundlaget har ændret sig siden kvitteringen .*1 post er kommet til/);
    // The other perspective's finding was never followed up: still plainly open.
    expect((await find(missing[1]!.key)).status).toBe('OPEN');
    // In English (#16 item 6): the same change worded in English, the field and the file alike.
    const english = await t.gql<{ gaps: { findings: Array<{ key: string; followUp: { da: string | null; en: string | null } | null }> } }>(
      `query($scope: GapScopeInput!, $asOf: String) { gaps(scope: $scope, asOf: $asOf, lang: EN) {
        findings { key followUp { da: change en: change(lang: EN) } } } }`,
      { scope: { kind: 'EVERYTHING' }, asOf: AS_OF },
      editor,
    );
    expect(english.errors).toBeUndefined();
    const worded = english.data!.gaps.findings.find((x) => x.key === f.key)!.followUp!;
    expect(worded.da).toBe(after.followUp!.change);
    expect(worded.en).toMatch(
      /^The evidence has changed since the acknowledgement on \d{1,2} [A-Z][a-z]+ \d{4}: 1 record has been added; the finding is open again\.$/,
    );
    const file = await t.gql<GapsExport>(
      `query($scope: GapScopeInput!, $asOf: String) { gapsExport(scope: $scope, format: CSV, asOf: $asOf, lang: EN) { content } }`,
      { scope: { kind: 'EVERYTHING' }, asOf: AS_OF },
      editor,
    );
    expect(file.errors).toBeUndefined();
    // CSV comes as UTF-8 text.
    const row = file.data!.gapsExport.content.split('\n').find((line) => line.includes(f.key))!;
    expect(row).toContain(`Changed since follow-up (open again): ${worded.en}`);
    expect(row).not.toMatch(/Grundlaget|fundet er åbent/);
    // Acknowledged again at the version read: it holds again.
    const again = await followUp({ key: f.key, state: 'ACKNOWLEDGED', version: after.followUp!.version });
    expect(again.errors).toBeUndefined();
    expect((await find(f.key)).status).toBe('ACKNOWLEDGED');
  });

  it('reopenGap takes a follow-up back, audited', async () => {
    const f = (await report()).findings.find((x) => x.ruleId === 'expired-membership')!;
    const made = await followUp({ key: f.key, state: 'ACKNOWLEDGED' });
    const id = made.data!.followUpGap.followUp!.id;
    expect(code(await t.gql<unknown>(REOPEN, { key: f.key, version: 7, asOf: AS_OF }, editor))).toBe('CONFLICT');
    const r = await t.gql<{ reopenGap: { key: string; status: string; followUp: { id: string } | null } }>(
      REOPEN,
      { key: f.key, version: 1, asOf: AS_OF },
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.reopenGap).toEqual({ key: f.key, status: 'OPEN', followUp: null });
    expect((await t.gql<History>(HISTORY, { id }, editor)).data!.history.map((h) => h.operation)).toEqual(['DELETE', 'CREATE']);
  });
});

describe('refusals leave nothing written', () => {
  it('visitors, viewers, editors outside their scope, bad fields, unknown findings: coded errors, no follow-up', async () => {
    const f = (await report()).findings.find((x) => x.ruleId === 'bua-without-municipal-contact' && x.subject.id === 'org:municipality-favrskov')!;
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED' }, {}))).toBe('UNAUTHENTICATED');
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED' }, viewer))).toBe('FORBIDDEN');
    // Favrskov lies in the Randers cluster, not Horsens.
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED' }, outOfScope))).toBe('FORBIDDEN');
    expect(code(await followUp({ key: f.key, state: 'ASSIGNED' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ASSIGNED', assignee: '   ' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ASSIGNED', assignee: 'x'.repeat(121) }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ASSIGNED', assignee: 'Anna', dueDate: '2026-02-30' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED', assignee: 'Anna' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED', note: 'n'.repeat(2001) }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: f.key, state: 'ACKNOWLEDGED', version: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: 'not a key', state: 'ACKNOWLEDGED' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: 'no-such-rule|org:bua|', state: 'ACKNOWLEDGED' }))).toBe('BAD_USER_INPUT');
    expect(code(await followUp({ key: 'red-status|org:municipality-samsoe|element:nothing', state: 'ACKNOWLEDGED' }))).toBe('NOT_FOUND');
    const still = await find(f.key);
    expect(still.status).toBe('OPEN');
    expect(still.followUp).toBeNull();
  });
});

describe('export', () => {
  it('CSV for a visitor: one row per finding, the follow-up state but never who or the note', async () => {
    const r = await t.gql<GapsExport>(EXPORT, { scope: { kind: 'EVERYTHING' }, format: 'CSV', asOf: AS_OF });
    expect(r.errors).toBeUndefined();
    const file = r.data!.gapsExport;
    expect(file).toMatchObject({ mimeType: 'text/csv; charset=utf-8', encoding: 'utf-8', filename: `mangler-hele-regionen-${AS_OF}.csv` });
    const total = (await report()).total;
    expect(file.rows).toBe(total);
    const lines = file.content
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('Alvor,Regel,Emne,Fund,Opfølgning,Ansvarlig,Frist,Note,Fulgt op,Nøgle');
    expect(file.content).toContain('Tildelt');
    expect(file.content).not.toContain('Formand for klyngestyregruppen');
    expect(file.content).not.toContain('Udpeg formand på næste møde');
  });

  it('XLSX for a signed-in user: a real workbook with who is to act, and the export is in the access log', async () => {
    const r = await t.gql<GapsExport>(EXPORT, { scope: { kind: 'CLUSTER', id: 'org:cluster-randers' }, format: 'XLSX', asOf: AS_OF }, editor);
    expect(r.errors).toBeUndefined();
    const file = r.data!.gapsExport;
    expect(file).toMatchObject({ encoding: 'base64', filename: `mangler-randersklyngen-${AS_OF}.xlsx` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Uint8Array.from(Buffer.from(file.content, 'base64')).buffer);
    const sheet = book.getWorksheet('Mangler')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Alvor', 'Regel', 'Emne', 'Fund', 'Opfølgning', 'Ansvarlig', 'Frist', 'Note', 'Fulgt op', 'Nøgle']);
    const cluster = (await report(editor, { kind: 'CLUSTER', id: 'org:cluster-randers' })).findings;
    expect(sheet.rowCount).toBe(4 + cluster.length);
    // Assigned above (its evidence may have changed since: it keeps its assignee either way).
    const assigned = cluster.find((f) => f.followUp?.assignee === 'Formand for klyngestyregruppen')!;
    const row = [...Array(cluster.length).keys()].map((i) => sheet.getRow(5 + i)).find((x) => x.getCell(10).value === assigned.key)!;
    expect(row.getCell(6).value).toBe(assigned.followUp!.assignee);
    const log = await t.gql<{ accessLog: Array<{ kind: string; what: string }> }>('{ accessLog(first: 5) { kind what } }', {}, admin);
    expect(log.data!.accessLog[0]).toMatchObject({ kind: 'EXPORT', what: 'xlsx:gaps' });
  });

  it('bad arguments are refused as for gaps', async () => {
    expect(code(await t.gql<unknown>(EXPORT, { scope: { kind: 'CLUSTER', id: 'org:nowhere' }, format: 'CSV' }))).toBe('NOT_FOUND');
    expect(code(await t.gql<unknown>(EXPORT, { scope: { kind: 'EVERYTHING' }, format: 'CSV', asOf: '2026-13-01' }))).toBe('BAD_USER_INPUT');
  });
});
