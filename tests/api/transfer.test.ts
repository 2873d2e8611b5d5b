import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import type { GraphExport } from '../../api/src/modules/transfer/graph-export.js';

const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  [admin, editor, viewer] = [await signedIn(t, 'ADMIN'), await signedIn(t, 'EDITOR'), await signedIn(t, 'VIEWER')];
});
afterAll(() => t.close());

const IMPORT = `mutation($kind: SpreadsheetKind!, $format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
  importSpreadsheet(kind: $kind, format: $format, content: $content, dryRun: $dryRun) {
    dryRun rows validRows committed nodesCreated nodesUpdated relationshipsCreated relationshipsUpdated issues { row column message } } }`;
/** The fields IMPORT selects of the import report. */
interface ImportAnswer {
  importSpreadsheet: {
    dryRun: boolean;
    rows: number;
    validRows: number;
    committed: boolean;
    nodesCreated: number;
    nodesUpdated: number;
    relationshipsCreated: number;
    relationshipsUpdated: number;
    issues: Array<{ row: number; column: string; message: string }>;
  };
}
const counts = async () => (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0];

function peopleCsv(n: number, bad?: { row: number; email: string }): string {
  const lines = ['name,title,email,organisationId,role,fictitious'];
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const email = bad?.row === row ? bad.email : `person${i}@norddjurs.example.dk`;
    lines.push(`Person ${i} Æblegaard,Psykolog,${email},org:ppr-norddjurs,Psykolog,ja`);
  }
  return lines.join('\n');
}

describe('spreadsheet import', () => {
  it('reports every bad row by number and column in a dry run, and an import whose 500th row is bad writes nothing', async () => {
    const content = peopleCsv(600, { row: 500, email: 'not-an-email' });
    const before = await counts();
    const dry = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content }, editor);
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importSpreadsheet).toMatchObject({ dryRun: true, rows: 600, validRows: 599, committed: false });
    expect(dry.data!.importSpreadsheet.issues).toEqual([{ row: 500, column: 'email', message: 'must be an e-mail address' }]);
    const commit = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content, dryRun: false }, editor);
    expect(commit.data!.importSpreadsheet.committed).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('commits a clean sheet in one go, audited, and a second import of it changes nothing', async () => {
    const content = peopleCsv(50);
    const before = await counts();
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content, dryRun: false }, editor);
    expect(r.data!.importSpreadsheet).toMatchObject({ committed: true, nodesCreated: 50, relationshipsCreated: 50, issues: [] });
    const b = before!;
    expect(await counts()).toEqual({ nodes: b.nodes + 50, relationships: b.relationships + 50 });
    const again = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content, dryRun: false }, editor);
    expect(again.data!.importSpreadsheet).toMatchObject({ committed: true, nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0 });
  });

  it('reads semicolon CSV with Danish headers, and names unknown columns and missing endpoints', async () => {
    const content = 'Navn;Art;Sektor;Kommunekode;Overordnet;Farve\nSundhedspleje Norddjurs;MUNICIPAL_UNIT;MUNICIPALITY;707;org:norddjurs;grøn';
    const unknown = await t.gql<ImportAnswer>(IMPORT, { kind: 'ORGANISATIONS', format: 'CSV', content }, editor);
    expect(unknown.data!.importSpreadsheet.issues).toEqual([{ row: 1, column: 'Farve', message: expect.stringMatching(/^unknown column/) }]);
    const good =
      'Navn;Art;Sektor;Kommunekode;Overordnet\nSundhedspleje Norddjurs;MUNICIPAL_UNIT;MUNICIPALITY;707;org:norddjurs\nSkoler Norddjurs;MUNICIPAL_UNIT;MUNICIPALITY;707;org:findes-ikke';
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'ORGANISATIONS', format: 'CSV', content: good }, editor);
    expect(r.data!.importSpreadsheet.issues).toEqual([{ row: 3, column: 'Overordnet', message: 'names nothing the map holds' }]);
  });

  it('imports memberships from XLSX', async () => {
    const buffer = await writeXlsxFile([
      [{ value: 'personId' }, { value: 'groupId' }, { value: 'rolle' }, { value: 'perspektiv' }, { value: 'fra' }],
      [{ value: 'person:nanna' }, { value: 'group:ig-randers' }, { value: 'MEMBER' }, { value: 'PPR; FAMILY_SOCIAL' }, { value: '2024-02-01' }],
    ]).toBuffer();
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'MEMBERSHIPS', format: 'XLSX', content: buffer.toString('base64'), dryRun: false }, editor);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importSpreadsheet).toMatchObject({ committed: true, relationshipsCreated: 1, issues: [] });
    const [nanna] = await t.db.run<{ relationships: Array<{ type: string; props: Record<string, unknown> }> }>(t.queries.nodeState, { id: 'person:nanna' });
    const membership = nanna!.relationships.find((x) => x.type === 'MEMBER_OF');
    expect(membership?.props).toMatchObject({ represents: ['PPR', 'FAMILY_SOCIAL'], role: 'MEMBER', since: '2024-02-01' });
  });

  it('reports a file it cannot read', async () => {
    const r = await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'XLSX', content: Buffer.from('no zip here').toString('base64') }, editor);
    expect(r.data!.importSpreadsheet.issues[0]).toMatchObject({ row: 0, column: '(file)' });
  });

  it('is for unscoped editors only', async () => {
    expect((await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content: 'name\nX' }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scoped = await signedIn(t, 'EDITOR', 'org:cluster-randers');
    expect((await t.gql<ImportAnswer>(IMPORT, { kind: 'PEOPLE', format: 'CSV', content: 'name\nX' }, scoped)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('export', () => {
  it('exports a list as CSV in Danish order with a BOM, for signed-in users, and records it', async () => {
    expect((await t.gql<unknown>(`{ exportCsv(label: Organisation) }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const r = await t.gql<{ exportCsv: string }>(`{ exportCsv(label: Organisation) }`, {}, viewer);
    const lines = r.data!.exportCsv.split('\n');
    expect(lines[0]).toMatch(/^\uFEFFid,name,kind,sector/);
    const names = lines
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(',')[1]);
    expect(names.at(-1)).toBe('Aarhusklyngen');
    const events = await t.db.run<{ change: { operation: string; after: string } }>(t.queries.exportChanges);
    expect(events.some((e) => e.change.operation === 'EXPORT' && e.change.after.includes('"csv"'))).toBe(true);
  });

  it('round-trips: export → empty store → import gives an identical map, with the audit trail', async () => {
    expect((await t.gql<unknown>(`{ exportGraph }`, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const exported = await t.gql<{ exportGraph: GraphExport; graphContentHash: string }>(`{ exportGraph graphContentHash }`, {}, admin);
    const data = exported.data!.exportGraph;
    expect(data.nodes.length).toBeGreaterThan(50);

    const fresh = await createTestApp({ seed: false });
    try {
      const freshAdmin = await signedIn(fresh, 'ADMIN');
      const r = await fresh.gql<{ importGraph: { nodes: number; relationships: number; changes: number; contentHash: string } }>(
        `mutation($d: JSON!) { importGraph(data: $d) { nodes relationships changes contentHash } }`,
        { d: data },
        freshAdmin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.importGraph.contentHash).toBe(exported.data!.graphContentHash);
      expect(r.data!.importGraph.nodes).toBe(data.nodes.length);
      const again = await fresh.gql<{ exportGraph: GraphExport }>(`{ exportGraph }`, {}, freshAdmin);
      expect(again.data!.exportGraph.nodes).toEqual(data.nodes);
      expect(again.data!.exportGraph.relationships).toEqual(data.relationships);
      const ids = new Set(again.data!.exportGraph.changes.map((c) => c.id));
      expect(data.changes.every((c) => ids.has(c.id))).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an export whose bookkeeping or audit entries hold values no property can hold (a map, a mixed list), whole', async () => {
    const { data } = await t.gql<{ exportGraph: GraphExport }>(`{ exportGraph }`, {}, admin);
    const withMapChange = structuredClone(data!.exportGraph);
    withMapChange.changes[0]!.after = { name: 'a map, not the JSON text of one' };
    const withMixedList = structuredClone(data!.exportGraph);
    withMixedList.nodes[2]!.props.version = [1, 'two'];
    const fresh = await createTestApp({ seed: false });
    try {
      const freshAdmin = await signedIn(fresh, 'ADMIN');
      for (const [bad, where] of [
        [withMapChange, 'change #1 field "after"'],
        [withMixedList, 'node #3 field "version"'],
      ] as const) {
        const r = await fresh.gql<unknown>(`mutation($d: JSON!) { importGraph(data: $d) { nodes } }`, { d: bad }, freshAdmin);
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.message).toContain(where);
        expect((await fresh.db.run(fresh.queries.counts))[0]).toEqual({ nodes: 0, relationships: 0 });
      }
    } finally {
      await fresh.close();
    }
  });

  it('refuses a tampered export whole', async () => {
    const { data } = await t.gql<{ exportGraph: GraphExport }>(`{ exportGraph }`, {}, admin);
    const tampered = structuredClone(data!.exportGraph);
    tampered.nodes[3]!.props.kind = 'CASTLE';
    const fresh = await createTestApp({ seed: false });
    try {
      const r = await fresh.gql<unknown>(`mutation($d: JSON!) { importGraph(data: $d) { nodes } }`, { d: tampered }, await signedIn(fresh, 'ADMIN'));
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await fresh.db.run(fresh.queries.counts))[0]).toEqual({ nodes: 0, relationships: 0 });
    } finally {
      await fresh.close();
    }
  });
});
