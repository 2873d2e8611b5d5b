import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { repoRoot } from '../../api/src/paths.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { contentHash, exportGraph, type GraphExport } from '../../api/src/modules/transfer/graph-export.js';

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

describe('follow-ups of gap findings in the export', () => {
  const AS_OF = '2026-01-01';
  const GAPS = `query($asOf: String) { gaps(scope: {kind: EVERYTHING}, asOf: $asOf) {
    findings { key ruleId status followUp { id state assignee dueDate note at version current } } } }`;
  const FOLLOW_UP = `mutation($input: GapFollowUpInput!) { followUpGap(input: $input) { key status } }`;
  interface Report {
    gaps: {
      findings: Array<{
        key: string;
        ruleId: string;
        status: string;
        followUp: null | {
          id: string;
          state: string;
          assignee: string | null;
          dueDate: string | null;
          note: string | null;
          at: string;
          version: number;
          current: boolean;
        };
      }>;
    };
  }
  const findings = async (app: TestApp, headers: Record<string, string>) => {
    const r = await app.gql<Report>(GAPS, { asOf: AS_OF }, headers);
    expect(r.errors).toBeUndefined();
    return r.data!.gaps.findings;
  };
  const IMPORT_GRAPH = `mutation($d: JSON!) { importGraph(data: $d) { nodes relationships followUps changes contentHash } }`;
  interface Imported {
    importGraph: { nodes: number; relationships: number; followUps: number; changes: number; contentHash: string };
  }
  let source: { data: GraphExport; hash: string; followed: Awaited<ReturnType<typeof findings>> };

  beforeAll(async () => {
    const all = await findings(t, editor);
    // Two findings of different rules: one acknowledged with a note, one assigned with everything.
    const acknowledged = all[0]!;
    const assigned = all.find((f) => f.ruleId !== acknowledged.ruleId)!;
    for (const input of [
      { key: acknowledged.key, state: 'ACKNOWLEDGED', note: 'Drøftet i styregruppen' },
      { key: assigned.key, state: 'ASSIGNED', assignee: 'Formand for klyngestyregruppen', dueDate: '2026-03-01', note: 'Næste møde' },
    ]) {
      const r = await t.gql<unknown>(FOLLOW_UP, { input: { asOf: AS_OF, ...input } }, editor);
      expect(r.errors).toBeUndefined();
    }
    const exported = await t.gql<{ exportGraph: GraphExport; graphContentHash: string }>(`{ exportGraph graphContentHash }`, {}, admin);
    const keys = new Set([acknowledged.key, assigned.key]);
    source = {
      data: exported.data!.exportGraph,
      hash: exported.data!.graphContentHash,
      followed: (await findings(t, editor)).filter((f) => keys.has(f.key)),
    };
  });

  it('export with follow-ups → a fresh store → the same follow-ups answer, with the same content hash', async () => {
    expect(source.data.followUps.map((f) => f.key).sort()).toEqual(source.followed.map((f) => f.key).sort());
    expect(source.followed.map((f) => f.status).sort()).toEqual(['ACKNOWLEDGED', 'ASSIGNED']);
    const fresh = await createTestApp({ seed: false });
    try {
      const freshAdmin = await signedIn(fresh, 'ADMIN');
      const r = await fresh.gql<Imported>(IMPORT_GRAPH, { d: source.data }, freshAdmin);
      expect(r.errors).toBeUndefined();
      expect(r.data!.importGraph.followUps).toBe(2);
      expect(r.data!.importGraph.contentHash).toBe(source.hash);
      const keys = new Set(source.followed.map((f) => f.key));
      const restored = (await findings(fresh, freshAdmin)).filter((f) => keys.has(f.key));
      expect(restored).toEqual(source.followed);
      // The restored follow-up is one the app can go on with: taken back at its version.
      const reopened = await fresh.gql<{ reopenGap: { status: string } }>(
        `mutation($key: ID!, $version: Int!, $asOf: String) { reopenGap(key: $key, version: $version, asOf: $asOf) { status } }`,
        { key: restored[0]!.key, version: restored[0]!.followUp!.version, asOf: AS_OF },
        await signedIn(fresh, 'EDITOR'),
      );
      expect(reopened.errors).toBeUndefined();
      expect(reopened.data!.reopenGap.status).toBe('OPEN');
      // A follow-up less, another content hash: a restore that lost one would not compare equal.
      expect((await fresh.gql<{ graphContentHash: string }>(`{ graphContentHash }`, {}, freshAdmin)).data!.graphContentHash).not.toBe(source.hash);
    } finally {
      await fresh.close();
    }
  });

  it('refuses an export with a bad follow-up whole, naming the follow-up and the field', async () => {
    const spoilt = (spoil: (f: GraphExport['followUps']) => void) => {
      const d = structuredClone(source.data);
      spoil(d.followUps);
      return d;
    };
    const assignedAt = source.data.followUps.findIndex((f) => f.state === 'ASSIGNED');
    const acknowledgedAt = 1 - assignedAt;
    const cases: Array<[GraphExport, string]> = [
      [
        spoilt((f) => {
          f[0]!.state = 'DONE' as 'ASSIGNED';
        }),
        'follow-up #1 field "state"',
      ],
      [
        spoilt((f) => {
          delete f[assignedAt]!.assignee;
        }),
        `follow-up #${assignedAt + 1} field "assignee" is required`,
      ],
      [
        spoilt((f) => {
          f[acknowledgedAt]!.dueDate = '2026-02-30';
        }),
        `follow-up #${acknowledgedAt + 1} field "dueDate" must be a date`,
      ],
      [
        spoilt((f) => {
          f[0]!.subjectId = 'org:findes-ikke';
          f[0]!.key = f[0]!.key.replace(/\|[^|]+\|/, '|org:findes-ikke|');
        }),
        'follow-up #1 field "subjectId" names nothing the export holds',
      ],
      [
        spoilt((f) => {
          f[1]!.key = f[0]!.key;
        }),
        'follow-up #2 field "key"',
      ],
      [
        spoilt((f) => {
          f[0]!.note = 'før\u0007efter';
        }),
        'follow-up #1 field "note"',
      ],
      [
        spoilt((f) => {
          f[1]!.version = 0;
        }),
        'follow-up #2 field "version"',
      ],
      [
        spoilt((f) => {
          (f[0] as Record<string, unknown>).evidenceIds = { not: 'a list' };
        }),
        'follow-up #1 field "evidenceIds" is not a string, number, boolean or list',
      ],
    ];
    const fresh = await createTestApp({ seed: false });
    try {
      const freshAdmin = await signedIn(fresh, 'ADMIN');
      for (const [bad, where] of cases) {
        const r = await fresh.gql<unknown>(IMPORT_GRAPH, { d: bad }, freshAdmin);
        expect(r.errors?.[0]?.extensions?.code, where).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.message).toContain(where);
        expect(r.errors?.[0]?.extensions?.da).toBe('Eksporten har ikke formen af en eksport.');
      }
      const notAList = await fresh.gql<unknown>(IMPORT_GRAPH, { d: { ...source.data, followUps: 'none' } }, freshAdmin);
      expect(notAList.errors?.[0]?.message).toContain('"followUps" must be a list');
      expect((await fresh.db.run(fresh.queries.counts))[0]).toEqual({ nodes: 0, relationships: 0 });
      expect((await exportGraph(fresh.db, fresh.queries)).followUps).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('reads an export made before follow-ups were exported as one without any', async () => {
    const { followUps: _, ...older } = source.data;
    const fresh = await createTestApp({ seed: false });
    try {
      const r = await fresh.gql<Imported>(IMPORT_GRAPH, { d: older }, await signedIn(fresh, 'ADMIN'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.importGraph).toMatchObject({ nodes: source.data.nodes.length, followUps: 0 });
      // Without follow-ups the hash is the map's alone, as before they were exported.
      expect(r.data!.importGraph.contentHash).toBe(contentHash({ nodes: source.data.nodes, relationships: source.data.relationships }));
      expect(r.data!.importGraph.contentHash).not.toBe(source.hash);
    } finally {
      await fresh.close();
    }
  });
});
