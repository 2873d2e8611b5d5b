import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { createApp, type App } from '../../api/src/app.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { loadQueryCatalog, type QueryCatalog } from '../../api/src/queries.js';
import { openGraphDb } from '../../api/src/open-db.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { buildSchema } from '../../api/src/schema.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { operations } from '../../bench/operations.js';
import type { Picks } from '../../bench/picks.js';
import { readSeed } from '../api/helpers.js';
import { openTestDb } from '../support/test-db.js';

/**
 * Same answers on both engines (issue #13, item 5): the embedded store and a Neo4j database,
 * seeded identically (the Central Denmark seed with a fixed `now`), behind the real app, asked
 * every read field of the schema with the arguments the API suites and the benchmark use,
 * as an anonymous visitor, as a signed-in viewer and (for the admin-only reads) as an admin;
 * the JSON answers (data, errors with their codes, extensions.roundTrips) must be equal.
 *
 * Only Neo4j makes this comparison, so it runs under `npm run test:neo4j` (TEST_NEO4J_POOL set,
 * see tests/support/test-db.ts); a plain run reports it skipped rather than passing it vacuously.
 *
 * What is normalised, and why (nothing else is):
 *  - cursors (`endCursor`, `after`): sealed with a fresh nonce on each computation, so two
 *    correct answers never carry the same string; compared as present or null, and each engine
 *    follows its own cursor to the next page;
 *  - user account ids (`user:<uuid>`): made by randomUUID() when the account is created, so the
 *    same account has a different id in each store;
 *  - `about.engine`: says which engine answers, so it differs by design.
 * extensions.roundTrips is compared as it is: the same resolvers send the same statements.
 * Lists are compared in the order they come: every list the schema returns has an order its
 * contract names (Danish name order, best first, severity then id, …) or the API sorts it, so an
 * order that differs between the engines is a difference, not noise.
 */
const pool = process.env.TEST_NEO4J_POOL;
const NOW = '2026-01-15T09:00:00.000Z';
const VIEWER = { email: 'parity-viewer@example.dk', name: 'Paritet Viewer', role: 'VIEWER' as const, password: 'paritet-adgangskode-123' };
const ADMIN = { email: 'parity-admin@example.dk', name: 'Paritet Admin', role: 'ADMIN' as const, password: 'paritet-adgangskode-456' };

type Who = 'anonymous' | 'viewer' | 'admin';
interface Answer {
  data?: unknown;
  errors?: Array<{ message: string; path?: unknown; code?: unknown }>;
  roundTrips?: number;
}
interface Side {
  db: GraphDb;
  app: App;
  headers: Record<Who, Record<string, string>>;
}

const schema = buildSchema();
const queryType = schema.getQueryType()!;

/**
 * A selection of every field of the type to `depth` levels of objects below it (deeper objects
 * answer their id): the broadest question the API's limits (depth, cost, tokens) let through.
 * Fields that need an argument are left out; the root fields are asked with arguments below.
 */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    return `__typename ${schema
      .getPossibleTypes(type)
      .map((t) => `... on ${t.name} { ${selection(t, depth)} }`)
      .join(' ')}`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter(
    (f: GraphQLField<unknown, unknown>) => !f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined),
  );
  const parts: string[] = [];
  for (const f of fields) {
    const t = getNamedType(f.type);
    if (isLeafType(t)) parts.push(f.name);
    else if (depth > 0) parts.push(`${f.name} { ${selection(t, depth - 1)} }`);
    else if (isObjectType(t) && 'id' in t.getFields()) parts.push(`${f.name} { id }`);
  }
  return parts.join(' ') || '__typename';
}

/** `{ field(args) { …every subfield… } }` with the arguments as variables of their schema types. */
function ask(field: string, args: Record<string, unknown> = {}, depth = 3): { query: string; variables: Record<string, unknown> } {
  const f = queryType.getFields()[field];
  if (!f) throw new Error(`Query.${field} is not in the schema`);
  const used = f.args.filter((a) => a.name in args);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sub = selection(getNamedType(f.type), depth - 1);
  const body = `${field}${call ? `(${call})` : ''}${sub ? ` { ${sub} }` : ''}`;
  return { query: `query${defs ? `(${defs})` : ''} { ${body} }`, variables: args };
}

// Ids and texts from the seed itself, and the ones the API suites and the benchmark ask about.
const seed = readSeed();
const idsOf = (label: string, every = 1) =>
  seed.nodes
    .filter((n) => n.label === label)
    .map((n) => n.id)
    .filter((_, i) => i % every === 0);
const org = (kind: string) => seed.nodes.filter((n) => n.label === 'Organisation' && n.kind === kind).map((n) => n.id);
const firstOf = (label: string) => idsOf(label)[0]!;
const TEXTS = [
  'aarhus',
  'ppr',
  'sundhedspleje',
  'børne- og ungdomspsykiatri',
  'læge',
  'århus',
  'randers',
  'adhd',
  'implementeringsgruppen randers',
  'Ø',
  'zzz-intet',
];

interface Question {
  name: string;
  field: string;
  args?: Record<string, unknown>;
  depth?: number;
  as?: Who[];
  /** Follow endCursor for this many further pages, each engine with its own cursor. */
  pages?: number;
}

const lists: Array<[string, Array<Record<string, unknown>>]> = [
  ['agreements', [{}, { filter: { organisationId: 'org:municipality-randers' } }, { filter: { text: 'mistrivsel' } }]],
  [
    'channels',
    [
      {},
      { filter: { organisationId: 'org:municipality-norddjurs' } },
      { filter: { kinds: ['MEDCOM_CORRESPONDENCE'], statuses: ['ESTABLISHED'] } },
      { filter: { text: 'telefon' } },
    ],
  ],
  [
    'groups',
    [
      {},
      { filter: { clusterId: 'org:cluster-randers' } },
      { filter: { organisationId: 'org:municipality-randers' } },
      { filter: { kinds: ['IMPLEMENTATION_GROUP', 'STEERING_GROUP'] } },
      { filter: { text: 'randers' } },
    ],
  ],
  [
    'mandates',
    [
      {},
      { filter: { expired: true } },
      { filter: { levels: ['DECIDE'] } },
      { filter: { holderId: 'group:implementeringsgruppe-randers' } },
      { filter: { expired: false, asOf: '2024-06-01' } },
    ],
  ],
  [
    'organisations',
    [
      {},
      { filter: { kinds: ['MUNICIPAL_UNIT'] } },
      { filter: { municipalityId: 'org:municipality-randers' } },
      { filter: { clusterId: 'org:cluster-randers' } },
      { filter: { sectors: ['GENERAL_PRACTICE'] } },
      { filter: { text: 'ppr' } },
    ],
  ],
  ['pathways', [{}, { filter: { text: 'adhd' } }]],
  [
    'people',
    [
      {},
      { filter: { organisationId: 'org:bua' } },
      { filter: { isFixedContact: true } },
      { filter: { text: 'anne' } },
      { filter: { organisationId: 'org:municipality-randers', isFixedContact: true } },
    ],
  ],
];

const questions: Question[] = [
  { name: 'about', field: 'about' },
  { name: 'me', field: 'me' },
  { name: 'signInOptions', field: 'signInOptions' },
  { name: 'users', field: 'users' },
  { name: 'gapRules', field: 'gapRules' },
  { name: 'graphContentHash', field: 'graphContentHash', as: ['anonymous', 'viewer', 'admin'] },
  // Lists: the first page whole, then pages of 3 followed by cursor.
  ...lists.flatMap(([field, filters]) =>
    filters.flatMap((args, i) => [
      { name: `${field} #${i}`, field, args, depth: 2 },
      { name: `${field} #${i}, pages of 3`, field, args: { ...args, first: 3 }, depth: 1, pages: 2 },
    ]),
  ),
  // Every entity of the small kinds, a sample of the large ones, each with its neighbours.
  ...[
    ['agreement', 'Agreement', 1],
    ['element', 'Element', 2],
    ['channel', 'Channel', 4],
    ['group', 'Group', 3],
    ['mandate', 'Mandate', 3],
    ['organisation', 'Organisation', 8],
    ['pathway', 'Pathway', 1],
    ['person', 'Person', 12],
  ].flatMap(([field, label, every]) =>
    idsOf(label as string, every as number).map((id) => ({ name: `${field} ${id}`, field: field as string, args: { id }, depth: 2 })),
  ),
  { name: 'organisation org:nope', field: 'organisation', args: { id: 'org:nope' } },
  { name: 'history of org:bua', field: 'history', args: { entityId: 'org:bua' } },
  { name: 'history of person:p006', field: 'history', args: { entityId: 'person:p006', first: 5 } },
  { name: 'exportCsv Organisation', field: 'exportCsv', args: { label: 'Organisation' }, as: ['anonymous'] },
  // connection: the API suites' pairs and the benchmark's kinds of ends.
  ...[
    ['org:gp-randers-torvet', 'org:ppr-randers'],
    ['person:p006', 'org:municipality-norddjurs'],
    ['org:ppr-horsens', 'org:bua'],
    ['group:implementeringsgruppe-randers', 'channel:medcom-norddjurs'],
    ['org:gp-samsoe-kirkevej', 'org:bua-raadgivningsenheden'],
    ['person:p018', 'person:p156'],
    ['org:laesoe', 'org:bua'],
    ['org:ppr-randers', 'org:ppr-randers'],
    ['mandate:randers-impl-ppr-norddjurs-2023', 'org:municipality-norddjurs'],
  ].flatMap(([fromId, toId]) => [
    { name: `connection ${fromId} → ${toId}`, field: 'connection', args: { fromId, toId } },
    { name: `connection ${fromId} → ${toId}, 3 hops, no alternatives`, field: 'connection', args: { fromId, toId, maxHops: 3, alternatives: 0 } },
  ]),
  { name: 'connection with maxHops 9', field: 'connection', args: { fromId: 'org:bua', toId: 'org:ppr-randers', maxHops: 9 } },
  // findContact: every municipal unit and practice of Randers and Norddjurs, pathways, steps, topics.
  ...[...org('MUNICIPAL_UNIT'), ...org('GP_PRACTICE')]
    .filter((id) => /randers|norddjurs|samsoe|horsens/.test(id))
    .flatMap((organisationId, i) => [
      { name: `findContact ${organisationId}`, field: 'findContact', args: { organisationId } },
      {
        name: `findContact ${organisationId} with a pathway and step`,
        field: 'findContact',
        args: { organisationId, pathwayId: idsOf('Pathway')[i % idsOf('Pathway').length], step: (i % 4) + 1, first: 10 },
      },
    ]),
  ...['org:municipality-randers', 'org:municipality-norddjurs', 'org:bua', 'org:plo-midtjylland', 'org:boerneafdeling-randers'].map((organisationId) => ({
    name: `findContact ${organisationId}, first 50`,
    field: 'findContact',
    args: { organisationId, first: 50 },
  })),
  ...['ADHD', 'spiseforstyrrelser', 'skolevægring', 'angst'].map((topic) => ({
    name: `findContact topic ${topic}`,
    field: 'findContact',
    args: { organisationId: 'org:ppr-randers', topic },
  })),
  { name: 'findContact bad step', field: 'findContact', args: { organisationId: 'org:ppr-randers', step: 7 } },
  // gaps and representation for every kind of scope.
  ...[
    { kind: 'EVERYTHING' },
    { kind: 'CLUSTER', id: 'org:cluster-randers' },
    { kind: 'MUNICIPALITY', id: 'org:municipality-norddjurs' },
    { kind: 'MUNICIPALITY', id: 'org:municipality-randers' },
    { kind: 'GROUP', id: 'group:implementeringsgruppe-randers' },
    { kind: 'GROUP', id: 'group:kosu' },
  ].flatMap((scope) => [
    { name: `gaps ${scope.kind} ${scope.id ?? ''}`, field: 'gaps', args: { scope } },
    { name: `gaps ${scope.kind} ${scope.id ?? ''} as of 2024-01-01`, field: 'gaps', args: { scope, asOf: '2024-01-01', staleAfterDays: 90 } },
    { name: `representationMatrix ${scope.kind} ${scope.id ?? ''}`, field: 'representationMatrix', args: { scope } },
  ]),
  { name: 'gaps wrong scope kind', field: 'gaps', args: { scope: { kind: 'CLUSTER', id: 'org:municipality-randers' } } },
  // The gap report as CSV (XLSX carries the time it was made: not comparable), and what-if.
  ...[{ kind: 'EVERYTHING' }, { kind: 'CLUSTER', id: 'org:cluster-randers' }].map((scope) => ({
    name: `gapsExport CSV ${scope.kind}`,
    field: 'gapsExport',
    args: { scope, format: 'CSV', asOf: '2026-01-01' },
  })),
  ...['person:p006', 'person:p018', 'org:bua', 'org:ppr-randers', 'org:municipality-samsoe', 'channel:medcom-hedensted', 'group:kosu'].map((subjectId) => ({
    name: `whatIf ${subjectId}`,
    field: 'whatIf',
    args: { subjectId, asOf: '2026-01-01' },
  })),
  // statusMatrix and statusChanges for every agreement, by cluster and over time.
  ...idsOf('Agreement').flatMap((agreementId) => [
    { name: `statusMatrix ${agreementId}`, field: 'statusMatrix', args: { agreementId } },
    {
      name: `statusMatrix ${agreementId} Randers cluster, changes since 2024-01-01`,
      field: 'statusMatrix',
      args: { agreementId, clusterId: 'org:cluster-randers', changesSince: '2024-01-01' },
    },
    { name: `statusMatrix ${agreementId} as of 2024-06-01`, field: 'statusMatrix', args: { agreementId, asOf: '2024-06-01' } },
    { name: `statusChanges ${agreementId}`, field: 'statusChanges', args: { agreementId, from: '2023-01-01' } },
  ]),
  // A cell's every report, newest first, the one in force marked; an unknown cell.
  ...[
    { organisationId: 'org:municipality-randers', elementId: 'element:mistrivsel-2' },
    { organisationId: 'org:municipality-randers', elementId: 'element:mistrivsel-2', asOf: '2024-06-01' },
    { organisationId: 'org:municipality-norddjurs', elementId: 'element:mistrivsel-1' },
    { organisationId: 'org:municipality-samsoe', elementId: 'element:mistrivsel-3' },
    { organisationId: 'org:nope', elementId: 'element:mistrivsel-1' },
  ].map((args) => ({ name: `statusReports ${args.organisationId} ${args.elementId} ${args.asOf ?? ''}`, field: 'statusReports', args })),
  // The import template is for editors, and an editor's is an XLSX that carries the time it was
  // made (not comparable): those who may not ask are refused alike.
  { name: 'importTemplate PEOPLE', field: 'importTemplate', args: { kind: 'PEOPLE' }, as: ['anonymous', 'viewer'] },
  // interfaces, vejviser, graph.
  ...['org:municipality-randers', 'org:municipality-norddjurs', 'org:bua', 'org:plo-midtjylland', 'org:gp-randers-torvet', 'org:ppr-randers'].map(
    (organisationId) => ({
      name: `interfaces ${organisationId}`,
      field: 'interfaces',
      args: { organisationId },
    }),
  ),
  ...org('MUNICIPALITY')
    .filter((_, i) => i % 3 === 0)
    .concat('org:bua')
    .map((municipalityId) => ({ name: `vejviser ${municipalityId}`, field: 'vejviser', args: { municipalityId } })),
  ...[
    {},
    { municipalityId: 'org:municipality-randers' },
    { clusterId: 'org:cluster-randers' },
    { focusId: 'org:ppr-randers', depth: 2 },
    { focusId: 'group:implementeringsgruppe-randers', depth: 1 },
    { labels: ['Organisation', 'Group'], relationTypes: ['PART_OF', 'MEMBER_OF'] },
    { sectors: ['GENERAL_PRACTICE', 'MUNICIPALITY'] },
    { municipalityId: 'org:municipality-randers', limit: 10 },
  ].map((filter, i) => ({ name: `graph #${i}`, field: 'graph', args: { filter } })),
  // graphNode: a person (hidden from visitors), organisations, a group, a channel, an unknown id.
  ...[
    'person:p150',
    'org:municipality-randers',
    'org:ppr-randers',
    'org:cluster-randers',
    'group:implementeringsgruppe-randers',
    'channel:medcom-horsens',
    'org:no-such-node',
  ].map((id) => ({ name: `graphNode ${id}`, field: 'graphNode', args: { id } })),
  // search: the benchmark's texts and the suites' edge cases.
  ...TEXTS.flatMap((text) => [
    { name: `search "${text}"`, field: 'search', args: { text } },
    { name: `search "${text}" first 50`, field: 'search', args: { text, first: 50 } },
  ]),
  { name: 'search groups only', field: 'search', args: { text: 'implementeringsgruppen randers', labels: ['Group'] } },
  { name: 'search people and channels', field: 'search', args: { text: 'randers', labels: ['Person', 'Channel'], first: 30 } },
  // findNodes, the pickers' forgiving search: the same texts, several words, a typo.
  ...[...TEXTS, 'PPR Horsens', 'læge horsens', 'Vestrgade Horsens'].map((text) => ({
    name: `findNodes "${text}"`,
    field: 'findNodes',
    args: { text, first: 50 },
  })),
];

// The benchmark's own requests (bench/operations.ts), with picks from the seed in place of the
// national dataset's: the same documents, variables and page sizes.
const rel = (type: string, from: string) => seed.rels.find((r) => r.type === type && r.from === from)?.to;
const RANDERS = 'org:municipality-randers';
const benchPicks: Picks = {
  municipalityId: RANDERS,
  municipalityName: 'Randers Kommune',
  clusterId: rel('IN_CLUSTER', RANDERS)!,
  clusterName: 'Randersklyngen',
  agreementId: rel('PARTY_TO', RANDERS)!,
  pathwayIds: idsOf('Pathway'),
  unitIds: seed.rels.filter((r) => r.type === 'PART_OF' && r.to === RANDERS).map((r) => r.from),
  practiceIds: org('GP_PRACTICE').filter((id) => id.includes('randers')),
  connectionPairs: [
    { fromId: 'org:gp-randers-torvet', toId: 'org:ppr-randers', hops: 3 },
    { fromId: 'person:p018', toId: 'person:p156', hops: 4 },
  ],
  searchTexts: ['aarhus', 'ppr', 'sundhedspleje', 'børne- og ungdomspsykiatri', 'læge'],
};
const benchRequests = operations(benchPicks).flatMap((op) => [
  ...op.requests.map((request, i) => ({ name: `bench ${op.key} #${i}`, request })),
  ...(op.page ? ([10, 100] as const).map((size) => ({ name: `bench ${op.key}, page size ${size}`, request: op.page!(size) })) : []),
]);

// A field added later is asked at least without arguments (or fails the coverage check below
// until it has questions). exportGraph only of those who may not: an admin's export writes an
// audit entry with a fresh id and time.
for (const [name, f] of Object.entries(queryType.getFields())) {
  if (questions.some((q) => q.field === name)) continue;
  if (name === 'exportGraph') questions.push({ name, field: name, as: ['anonymous', 'viewer'] });
  else if (!f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) questions.push({ name: `${name} without arguments`, field: name });
}

describe.skipIf(!pool)('the same answers on the embedded engine and Neo4j (runs under npm run test:neo4j: TEST_NEO4J_POOL)', () => {
  let embedded: Side;
  let neo4j: Side;

  async function side(db: GraphDb, queries: QueryCatalog): Promise<Side> {
    await loadSeedDir(db, queries, DEFAULT_DATASET, { now: NOW });
    const app = createApp({ db, queries });
    const headers: Side['headers'] = { anonymous: {}, viewer: {}, admin: {} };
    for (const [who, account] of [
      ['viewer', VIEWER],
      ['admin', ADMIN],
    ] as const) {
      await createUser(db, queries, account);
      const res = await app.fetch('http://parity/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
          variables: { e: account.email, p: account.password },
        }),
      });
      const token = ((await res.json()) as { data?: { signIn?: { token?: string } } }).data?.signIn?.token;
      if (!token) throw new Error(`sign-in as ${who} failed on ${db.engine}`);
      headers[who] = { authorization: `Bearer ${token}` };
    }
    return { db, app, headers };
  }

  beforeAll(async () => {
    const queries = loadQueryCatalog();
    const [e, n] = await Promise.all([openGraphDb({ kind: 'embedded', dataDir: null }, queries), openTestDb()]);
    expect(n.db.engine).toBe('neo4j');
    embedded = await side(e, queries);
    neo4j = await side(n.db, n.queries);
  }, 300_000);
  afterAll(async () => {
    await embedded?.db.close();
    await neo4j?.db.close();
  });

  async function answer(s: Side, who: Who, query: string, variables: Record<string, unknown>): Promise<{ answer: Answer; cursor: string | null }> {
    const res = await s.app.fetch('http://parity/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...s.headers[who] },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; path?: unknown; extensions?: { code?: unknown } }>;
      extensions?: { roundTrips?: number };
    };
    const field = body.data && Object.values(body.data as object)[0];
    const cursor = (field as { pageInfo?: { endCursor?: string | null } } | null)?.pageInfo?.endCursor ?? null;
    return {
      answer: {
        data: normalise(body.data),
        ...(body.errors ? { errors: body.errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) } : {}),
        roundTrips: body.extensions?.roundTrips,
      },
      cursor,
    };
  }

  const byField = new Map<string, Question[]>();
  for (const q of questions) byField.set(q.field, [...(byField.get(q.field) ?? []), q]);

  it(`the benchmark's requests: ${benchRequests.length} × anonymous, viewer`, async () => {
    expect(benchPicks.clusterId && benchPicks.agreementId && benchPicks.unitIds.length && benchPicks.practiceIds.length).toBeTruthy();
    const differences: string[] = [];
    for (const { name, request } of benchRequests) {
      for (const who of ['anonymous', 'viewer'] as const) {
        const [e, n] = await Promise.all([
          answer(embedded, who, request.query, request.variables ?? {}),
          answer(neo4j, who, request.query, request.variables ?? {}),
        ]);
        expect(e.answer.errors, `${name}: ${JSON.stringify(e.answer.errors)}`).toBeUndefined();
        const diff = firstDifferences(e.answer, n.answer);
        if (diff.length) differences.push(`${name} as ${who}:\n    ${diff.join('\n    ')}`);
      }
    }
    expect(differences.length, `${differences.length} of ${benchRequests.length * 2} answers differ:\n  ${differences.join('\n  ')}`).toBe(0);
  }, 300_000);

  it('asks every read field of the schema', () => {
    expect(Object.keys(queryType.getFields()).filter((f) => !byField.has(f))).toEqual([]);
  });

  for (const [field, asked] of byField) {
    it(`${field}: ${asked.length} question${asked.length === 1 ? '' : 's'} × ${[...new Set(asked.flatMap((q) => q.as ?? ['anonymous', 'viewer']))].join(', ')}`, async () => {
      const differences: string[] = [];
      let compared = 0;
      for (const q of asked) {
        for (const who of q.as ?? (['anonymous', 'viewer'] as Who[])) {
          const { query, variables } = ask(q.field, q.args, q.depth);
          let after: [string | null, string | null] = [null, null];
          for (let page = 0; page <= (q.pages ?? 0); page++) {
            const vars = (i: 0 | 1) => (page === 0 ? variables : { ...variables, after: after[i] });
            const pagedQuery = page === 0 ? query : ask(q.field, { ...q.args, after: '' }, q.depth).query;
            const [e, n] = await Promise.all([answer(embedded, who, pagedQuery, vars(0)), answer(neo4j, who, pagedQuery, vars(1))]);
            compared++;
            const diff = firstDifferences(e.answer, n.answer);
            if (diff.length) differences.push(`${q.name} as ${who}${page ? `, page ${page + 1}` : ''}:\n    ${diff.join('\n    ')}`);
            if (!e.cursor || !n.cursor) break;
            after = [e.cursor, n.cursor];
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
      // The differences in the message: vitest would shorten an array of them to its length.
      expect(differences.length, `${differences.length} of ${compared} answers differ:\n  ${differences.join('\n  ')}`).toBe(0);
    }, 300_000);
  }
});

/** Replaces what differs by construction (see the header): sealed cursors and random account ids. */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  if (typeof value === 'string' && (key === 'endCursor' || key === 'startCursor')) return '<cursor>';
  if (typeof value === 'string' && /^user:[0-9a-f-]{36}$/.test(value)) return '<user id>';
  if (key === 'engine' && (value === 'embedded' || value === 'neo4j')) return '<engine>';
  return value;
}

/** The first few places two answers differ, as `path: embedded ≠ neo4j`. */
function firstDifferences(a: unknown, b: unknown, path = '', out: string[] = [], max = 5): string[] {
  if (out.length >= max) return out;
  const show = (v: unknown) => {
    const text = JSON.stringify(v);
    return text === undefined ? 'undefined' : text.length > 160 ? `${text.slice(0, 160)}…` : text;
  };
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path || '.'}: ${a.length} items ≠ ${b.length} items`);
    for (let i = 0; i < Math.min(a.length, b.length) && out.length < max; i++) firstDifferences(a[i], b[i], `${path}[${i}]`, out, max);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (out.length >= max) break;
      firstDifferences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out, max);
    }
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path || '.'}: ${show(a)} ≠ ${show(b)}`);
  return out;
}
