import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNonNullType, type GraphQLSchema } from 'graphql';
import { createApp, type App } from '../../api/src/app.js';
import { readSeed } from '../api/helpers.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

interface GraphNodes {
  graph: { nodes: Array<{ id: string; label: string; name: string }> };
}
import { signedIn } from '../support/sign-in.js';
import { introspect, rootFields, selectionFor, type RootField } from './lib/schema-walk.js';

/**
 * Every query of the schema, asked as an anonymous visitor, as one when PERSONAL_DATA_PUBLIC
 * is on, and as a signed-in viewer: a person's name, e-mail and phone may appear only for the
 * latter two, wherever people turn up (lists, search, graph labels, paths, interfaces, contact
 * cards, guides). Each answer is searched, whole, for every person's personal values in the seed.
 */
const seed = readSeed();
const people = seed.nodes.filter((n) => n.label === 'Person');
const PERSONAL = [...new Set(people.flatMap((p) => [p.name, p.email, p.phone]).filter((v): v is string => typeof v === 'string' && v.length > 4))];
const P = 'person:p048'; // a fixed contact for Norddjurs, in the Randers cluster
const pName = people.find((p) => p.id === P)!.name as string;
const MUNICIPALITY = 'org:municipality-norddjurs';
const GROUP = 'group:paa-tvaers-norddjurs';

/** Arguments for the queries that need some; a new query with required arguments fails until it is added here. */
const ARGS: Record<string, Record<string, unknown>> = {
  person: { id: P },
  people: { first: 300 },
  organisation: { id: MUNICIPALITY },
  group: { id: GROUP },
  search: { text: pName.split(' ').at(-1) },
  findNodes: { text: pName.split(' ').at(-1) },
  connection: { fromId: P, toId: 'org:bua' },
  interfaces: { organisationId: MUNICIPALITY },
  findContact: { organisationId: MUNICIPALITY },
  vejviser: { municipalityId: MUNICIPALITY },
  history: { entityId: P },
  exportCsv: { label: 'Person' },
  graph: { filter: { municipalityId: MUNICIPALITY } },
  graphNode: { id: P },
  channel: { id: seed.nodes.find((n) => n.label === 'Channel')!.id },
  mandate: { id: seed.nodes.find((n) => n.label === 'Mandate')!.id },
  agreement: { id: seed.nodes.find((n) => n.label === 'Agreement')!.id },
  element: { id: seed.nodes.find((n) => n.label === 'Element')!.id },
  pathway: { id: seed.nodes.find((n) => n.label === 'Pathway')!.id },
  gaps: { scope: { kind: 'CLUSTER', id: 'org:cluster-randers' } },
  representationMatrix: { scope: { kind: 'CLUSTER', id: 'org:cluster-randers' } },
  statusMatrix: { agreementId: 'agreement:boern-unge-psykisk-mistrivsel' },
  statusChanges: { agreementId: 'agreement:boern-unge-psykisk-mistrivsel', from: '2020-01-01' },
  statusReports: { organisationId: MUNICIPALITY, elementId: seed.nodes.find((n) => n.label === 'Element')!.id },
  gapsExport: { scope: { kind: 'CLUSTER', id: 'org:cluster-randers' }, format: 'CSV' },
  importTemplate: { kind: 'PEOPLE' },
  // What would break without a fixed contact: the answer is about people, so names only to viewers.
  whatIf: { subjectId: P },
};
/** Answers that are about people, so a viewer must see names in them. */
const SHOWS_PEOPLE = [
  'person',
  'people',
  'search',
  'findNodes',
  'organisation',
  'group',
  'pathway',
  'connection',
  'interfaces',
  'findContact',
  'vejviser',
  'gaps',
  'graph',
  'graphNode',
  'history',
  'exportCsv',
];

let t: TestApp;
let publicApp: App;
let cachedApp: App;
let viewer: Record<string, string>;
let schema: GraphQLSchema;

beforeAll(async () => {
  t = await createTestApp();
  publicApp = createApp({ db: t.db, queries: t.queries, settings: { personalDataPublic: true } });
  cachedApp = createApp({ db: t.db, queries: t.queries }, { responseCache: { maxBytes: 32 * 1024 * 1024, ttlSeconds: 300 } });
  viewer = await signedIn(t, 'VIEWER');
  // An edit, so that the person's history has entries (with the name in before and after).
  const editor = await signedIn(t, 'EDITOR');
  const r = await t.gql<unknown>(`mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {title: "Konsulent"}) { version } }`, { id: P }, editor);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  schema = await introspect((u, i) => t.app.fetch(u, i));
});
afterAll(() => t.close());

async function ask(
  app: App,
  rf: RootField,
  headers: Record<string, string> = {},
): Promise<{ text: string; errors: Array<{ extensions?: { code?: string } }> }> {
  const vars = ARGS[rf.name] ?? {};
  const used = rf.field.args.filter((a) => a.name in vars);
  const defs = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `query${defs ? `(${defs})` : ''} { ${rf.name}${args ? `(${args})` : ''} ${selectionFor(rf.field, 3)} }`;
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables: vars }),
  });
  const text = await res.text();
  return { text, errors: (JSON.parse(text) as { errors?: [] }).errors ?? [] };
}

const comparable = (answer: { data?: unknown; errors?: unknown }) =>
  JSON.stringify([answer.data, answer.errors], (key, value) => (/cursor$/i.test(key) && typeof value === 'string' ? 'sealed' : value));
const shown = (text: string) => PERSONAL.filter((v) => text.includes(v) || text.includes(JSON.stringify(v).slice(1, -1)));
const queries = () => rootFields(schema).filter((f) => f.operation === 'query');

describe('personal data: every query × anonymous, anonymous with PERSONAL_DATA_PUBLIC, VIEWER', () => {
  it('knows the arguments of every query that needs some', () => {
    const missing = queries()
      .filter((f) => f.field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && !(f.name in ARGS))
      .map((f) => f.name);
    expect(missing).toEqual([]);
  });

  it('hides every name, e-mail and phone from anonymous visitors in every answer', async () => {
    const leaks: string[] = [];
    for (const rf of queries()) {
      const r = await ask(t.app, rf);
      const found = shown(r.text);
      if (found.length) leaks.push(`${rf.name}: ${found.slice(0, 3).join(', ')}`);
      // Not vacuous: the people-bearing answers did answer (sign-in features refuse instead).
      const refused = r.errors.map((e) => e.extensions?.code);
      if (SHOWS_PEOPLE.includes(rf.name) && !['history', 'exportCsv'].includes(rf.name) && refused.length) leaks.push(`${rf.name} did not answer: ${refused}`);
      if (['history', 'exportCsv'].includes(rf.name) && refused[0] !== 'UNAUTHENTICATED') leaks.push(`${rf.name} answered a visitor`);
    }
    expect(leaks).toEqual([]);
  });

  it('with the response cache on: a viewer asking first never makes an answer with names reach a visitor, and every answer is the one computed without the cache', async () => {
    const leaks: string[] = [];
    const changed: string[] = [];
    let hits = 0;
    for (const rf of queries()) {
      await ask(cachedApp, rf, viewer);
      const computed = JSON.parse((await ask(t.app, rf)).text);
      for (let i = 0; i < 2; i++) {
        const r = await ask(cachedApp, rf);
        const answer = JSON.parse(r.text);
        if (answer.extensions?.responseCache?.hit) hits++;
        const found = shown(r.text);
        if (found.length) leaks.push(`${rf.name}: ${found.slice(0, 3).join(', ')}`);
        // The cache changes no answer: the same data and errors as without it (cursors are
        // sealed with a fresh nonce each time they are computed, so they are compared as present).
        if (comparable(answer) !== comparable(computed)) changed.push(`${rf.name} (${i ? 'hit' : 'first'})`);
      }
    }
    expect(leaks).toEqual([]);
    expect(changed).toEqual([]);
    // Not vacuous: the visitors' second answers did come from the cache.
    expect(hits).toBeGreaterThan(10);
  });

  it('shows people to a signed-in viewer and, with PERSONAL_DATA_PUBLIC, to anyone — in person, people, search, organisation, group, pathway, connection, interfaces, findContact, vejviser, gaps, graph, graphNode, history, exportCsv', async () => {
    const missing: string[] = [];
    for (const rf of queries().filter((f) => SHOWS_PEOPLE.includes(f.name))) {
      const signed = await ask(t.app, rf, viewer);
      if (!shown(signed.text).length) missing.push(`${rf.name} as viewer: ${signed.text.slice(0, 200)}`);
      if (['history', 'exportCsv'].includes(rf.name)) continue; // sign-in features, not personal-data ones
      const open = await ask(publicApp, rf);
      if (!shown(open.text).length) missing.push(`${rf.name} public: ${open.text.slice(0, 200)}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists which other answers name people for a viewer (gaps, matrices, …), so the visitor check above covers them too', async () => {
    const others: string[] = [];
    for (const rf of queries().filter((f) => !SHOWS_PEOPLE.includes(f.name))) if (shown((await ask(t.app, rf, viewer)).text).length) others.push(rf.name);
    console.log(`answers that also name people for a viewer: ${others.join(', ') || 'none'}`);
    expect(others.every((name) => queries().some((f) => f.name === name))).toBe(true);
  });

  it('person(id): name, email, phone hidden (null) for anonymous, shown for viewer and when public', async () => {
    const q = `query($id: ID!) { person(id: $id) { name email phone title } }`;
    const pick = async (app: App, headers: Record<string, string> = {}) =>
      (
        (await (
          await app.fetch('http://test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: q, variables: { id: P } }),
          })
        ).json()) as GqlResult<{ person: Record<string, unknown> }>
      ).data?.person;
    const p = people.find((x) => x.id === P)!;
    expect(await pick(t.app)).toMatchObject({ name: null, email: null, phone: null });
    expect(await pick(t.app, viewer)).toMatchObject({ name: p.name, email: p.email ?? null, phone: p.phone ?? null });
    expect(await pick(publicApp)).toMatchObject({ name: p.name, email: p.email ?? null, phone: p.phone ?? null });
  });

  it('graph node labels: a person node is labelled without a name for anonymous visitors', async () => {
    const q = `query($f: GraphFilter) { graph(filter: $f) { nodes { id label name } } }`;
    const body = JSON.stringify({ query: q, variables: { f: { municipalityId: MUNICIPALITY } } });
    const anon = (
      (await (
        await t.app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      ).json()) as GqlResult<GraphNodes>
    ).data!.graph.nodes;
    const signed = (
      (await (
        await t.app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...viewer }, body })
      ).json()) as GqlResult<GraphNodes>
    ).data!.graph.nodes;
    const anonPeople = anon.filter((n) => n.label === 'Person');
    expect(anonPeople.length).toBeGreaterThan(0);
    expect(anonPeople.every((n) => !PERSONAL.includes(n.name))).toBe(true);
    expect(signed.filter((n) => n.label === 'Person').some((n) => PERSONAL.includes(n.name))).toBe(true);
  });
});
