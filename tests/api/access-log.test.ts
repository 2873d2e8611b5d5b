import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/src/app.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { purgeAccessLog } from '../../api/src/modules/access-log/access-log-store.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openTestDb, type GqlResult } from '../support/test-app.js';

let db: GraphDb;
let queries: QueryCatalog;
let app: App;
let viewer: Record<string, string>;
let admin: Record<string, string>;
let viewerId: string;
const FLEMMING = 'person:p150';

async function gql<T = unknown>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

async function signIn(role: 'VIEWER' | 'EDITOR' | 'ADMIN'): Promise<{ headers: Record<string, string>; id: string }> {
  const email = `${role.toLowerCase()}@region.dk`;
  const user = await createUser(db, queries, { email, name: `Test ${role}`, role, password: 'en-lang-adgangskode' });
  const r = await gql<{ signIn: { token: string } }>('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: email,
    p: 'en-lang-adgangskode',
  });
  return { headers: { authorization: `Bearer ${r.data!.signIn.token}` }, id: user.id };
}

const LOG = 'query($f: AccessLogFilter, $n: Int) { accessLog(filter: $f, first: $n) { id at actorId actorEmail kind what personIds fields } }';
/** An entry as LOG selects it. */
interface AccessLogEntry {
  id: string;
  at: string;
  actorId: string;
  actorEmail: string | null;
  kind: string;
  what: string;
  personIds: string[];
  fields: string[];
}
const log = async (filter: Record<string, unknown> = {}) => (await gql<{ accessLog: AccessLogEntry[] }>(LOG, { f: filter, n: 1000 }, admin)).data!.accessLog;

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  app = createApp({ db, queries }, { accessLog: true });
  ({ headers: viewer, id: viewerId } = await signIn('VIEWER'));
  ({ headers: admin } = await signIn('ADMIN'));
});
afterAll(() => db?.close());

describe('the access log of personal data', () => {
  it("does not log an anonymous visitor's role-only view, nor a signed-in answer without personal data", async () => {
    const anon = await gql<{ person: unknown }>('query Anon($id: ID!) { person(id: $id) { id name email title } people(first: 20) { nodes { name } } }', {
      id: FLEMMING,
    });
    expect(anon.data?.person).toMatchObject({ id: FLEMMING, name: null, email: null });
    await gql('query Orgs { organisations(first: 20) { nodes { id name } } }', {}, viewer);
    await gql('query Titles($id: ID!) { person(id: $id) { id title } }', { id: FLEMMING }, viewer);
    expect(await log()).toEqual([]);
  });

  it("logs who was shown which person's name and contact details, when and through which operation", async () => {
    const before = new Date().toISOString();
    const r = await gql<{ person: { name: string | null } }>('query PersonCard($id: ID!) { person(id: $id) { name email phone } }', { id: FLEMMING }, viewer);
    expect(r.data?.person.name).toBe('Flemming Henriksen');
    const [entry, ...rest] = await log();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ actorId: viewerId, actorEmail: 'viewer@region.dk', kind: 'READ', what: 'PersonCard', personIds: [FLEMMING] });
    // Only the fields the person has and the answer held.
    expect(entry!.fields).toEqual(expect.arrayContaining(['name']));
    expect(entry!.fields.every((f) => ['name', 'email', 'phone'].includes(f))).toBe(true);
    expect(entry!.at >= before).toBe(true);
  });

  it('logs every person a list, a search or the map showed, one entry per request', async () => {
    const people = await gql<{ people: { nodes: Array<{ id: string }> } }>('query People { people(first: 7) { nodes { id name } } }', {}, viewer);
    const ids = people.data!.people.nodes.map((p) => p.id).sort();
    const search = await gql<{ search: Array<{ id: string; label: string }> }>('query Find { search(text: "Flemming") { id label name } }', {}, viewer);
    const found = search.data!.search.filter((h) => h.label === 'Person').map((h) => h.id);
    expect(found).toContain(FLEMMING);
    const graph = await gql<{ graph: { nodes: Array<{ id: string; label: string }> } }>(
      'query Map { graph(filter: {}) { nodes { id label name } } }',
      {},
      viewer,
    );
    const onMap = graph
      .data!.graph.nodes.filter((n) => n.label === 'Person')
      .map((n) => n.id)
      .sort();
    expect(onMap.length).toBeGreaterThan(50);

    const entries = await log({ actorId: viewerId });
    const by = (what: string) => entries.filter((e) => e.what === what);
    expect(by('People')).toHaveLength(1);
    expect(by('People')[0]!.personIds).toEqual(ids);
    expect(by('Find')[0]!.personIds).toEqual([...found].sort());
    expect(by('Map')[0]!.personIds).toEqual(onMap);
    // Filtered by a person: every read that showed Flemming.
    expect((await log({ personId: FLEMMING })).map((e) => e.what).sort()).toEqual(expect.arrayContaining(['Find', 'PersonCard']));
    expect(await log({ personId: 'person:nobody' })).toEqual([]);
  });

  it('logs exports, and reading the log out as CSV is itself an export', async () => {
    const csv = await gql<{ exportCsv: string }>('query { exportCsv(label: Person) }', {}, viewer);
    expect(csv.data?.exportCsv).toContain('Flemming Henriksen');
    const [first, second] = await log({ actorId: viewerId });
    const exported = [first, second].find((e) => e?.kind === 'EXPORT');
    expect(exported).toMatchObject({ kind: 'EXPORT', what: 'csv:Person' });
    // The file is a read of every person in it: a person's view of the log shows it (an outside
    // probe found it logged with no people).
    const read = [first, second].find((e) => e?.kind === 'READ')!;
    expect(read.personIds).toContain(FLEMMING);
    expect(read.fields).toEqual(expect.arrayContaining(['name', 'email']));
    expect((await log({ personId: FLEMMING })).some((e) => e.id === read.id)).toBe(true);
    const channels = await gql<{ exportCsv: string }>('query { exportCsv(label: Channel) }', {}, viewer);
    expect(channels.errors).toBeUndefined();
    expect((await log({ actorId: viewerId }))[0]).toMatchObject({ kind: 'EXPORT', what: 'csv:Channel', personIds: [] });

    const out = await gql<{ accessLogCsv: string }>('query { accessLogCsv }', {}, admin);
    const lines = out
      .data!.accessLogCsv.replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('at,kind,actorId,actorEmail,what,fields,personIds');
    expect(lines.some((l) => l.includes('PersonCard') && l.includes(FLEMMING))).toBe(true);
    expect((await log())[0]).toMatchObject({ kind: 'EXPORT', what: 'csv:access-log' });
  });

  // An outside probe read every person's name, e-mail and phone as an editor through updates at a
  // stale version: the CONFLICT carries the current state, and no entry was written.
  it('logs the person a CONFLICT hands back whole (an update at a stale version; restore’s CONFLICT notes the same)', async () => {
    const { headers: editor, id: editorId } = await signIn('EDITOR');
    const stale = await gql('mutation Stale($id: ID!) { updatePerson(id: $id, version: 99, properties: {title: "x"}) { id } }', { id: FLEMMING }, editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { name: 'Flemming Henriksen' } });
    const [entry] = await log({ actorId: editorId });
    expect(entry).toMatchObject({ kind: 'READ', what: 'Stale', personIds: [FLEMMING] });
    expect(entry!.fields).toContain('name');
  });

  it('filters by period', async () => {
    const all = await log();
    const newest = all[0]!.at;
    expect((await log({ from: newest })).length).toBeGreaterThanOrEqual(1);
    expect(await log({ to: '2000-01-01' })).toEqual([]);
    expect(await log({ from: '2000-01-01', to: '2999-01-01' })).toHaveLength(all.length);
    const bad = await gql(LOG, { f: { from: 'last tuesday' } }, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for administrators only', async () => {
    expect((await gql(LOG, {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(LOG)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql('query { accessLogCsv }', {}, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('forgets entries past the retention period and keeps the edit history', async () => {
    const history = async () => (await db.run<{ change: { operation: string } }>(queries.exportChanges)).map((r) => r.change.operation);
    const edits = (await history()).filter((o) => o !== 'READ' && o !== 'EXPORT');
    expect((await log()).length).toBeGreaterThan(3);
    // Nothing is older than 30 days yet.
    expect(await purgeAccessLog(db, queries, 30)).toBe(0);
    // 31 days on, every entry is.
    const later = new Date(Date.now() + 31 * 86_400_000);
    const total = (await log()).length;
    expect(await purgeAccessLog(db, queries, 30, later)).toBe(total);
    expect(await log()).toEqual([]);
    expect(await history()).toEqual(edits);
  });
});

interface ContactCards {
  findContact: { contacts: Array<{ person: { id: string; name: string | null } }> };
}

describe('the access log covers the fixed-contact answers', () => {
  it("logs the named contacts of findContact and a person named in a path, not the visitor's role-only cards", async () => {
    const q = `query Contact($o: ID!) { findContact(organisationId: $o, pathwayId: "pathway:adhd", step: 2) { contacts { person { id name } } } }`;
    const anon = await gql<ContactCards>(q, { o: 'org:ppr-horsens' });
    expect(anon.data?.findContact.contacts[0]?.person.name).toBeNull();
    const before = (await log()).length;
    const seen = await gql<ContactCards>(q, { o: 'org:ppr-horsens' }, viewer);
    const named = seen.data!.findContact.contacts.filter((c) => c.person.name).map((c) => c.person.id);
    expect(named.length).toBeGreaterThan(0);
    const entries = await log();
    expect(entries.length).toBe(before + 1);
    expect(entries[0]).toMatchObject({ what: 'Contact', actorId: viewerId, personIds: [...new Set(named)].sort(), fields: ['name'] });
  });
});

/**
 * Names inside sentences: an outside probe read people's names in a path's story, gap findings'
 * sentences, the contact finder's lead and a person's history as a viewer, with no entry
 * written (only NodeRef's and the person types' own fields were noted).
 */
describe('the access log covers names inside sentences and histories', () => {
  let names: Array<{ id: string; name: string }>;
  beforeAll(async () => {
    names = [];
    let after: string | null = null;
    do {
      const r: GqlResult<{ people: { nodes: Array<{ id: string; name: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }> = await gql(
        'query All($after: String) { people(first: 100, after: $after) { nodes { id name } pageInfo { endCursor hasNextPage } } }',
        { after },
        admin,
      );
      names.push(...r.data!.people.nodes);
      after = r.data!.people.pageInfo.hasNextPage ? r.data!.people.pageInfo.endCursor : null;
    } while (after);
  });
  /** The people whose name is somewhere in an answer's text. */
  const namedIn = (answer: unknown) => {
    const text = JSON.stringify(answer);
    return names.filter((p) => text.includes(p.name)).map((p) => p.id);
  };
  const lastEntryOf = async (what: string) => (await log({ actorId: viewerId })).find((e) => e.what === what);

  it.each([
    ['PathStory', 'query PathStory { connection(fromId: "person:p150", toId: "org:ppr-horsens", alternatives: 3) { paths { sentence hops { sentence } } } }'],
    ['FindingSentences', 'query FindingSentences { gaps(scope: {kind: EVERYTHING}) { findings { sentence } explanation } }'],
    [
      'ContactLead',
      'query ContactLead { findContact(organisationId: "org:ppr-horsens", pathwayId: "pathway:adhd", step: 2) { explanation lead { who text } } }',
    ],
    [
      'InterfaceSentences',
      'query InterfaceSentences { interfaces(organisationId: "org:municipality-randers") { explanation counterparts { sentence contacts { sentence } people { sentence } sharedGroups { sentence } } } }',
    ],
  ])('%s: a sentence naming people as a viewer writes an entry naming them', async (what, query) => {
    // Twice: a query runs compiled from its second time (compiled-execution.ts).
    for (const _ of [1, 2]) expect((await gql(query, {}, viewer)).errors).toBeUndefined();
    const r = await gql(query, {}, viewer);
    const named = namedIn(r.data);
    expect(named.length).toBeGreaterThan(0);
    const entries = (await log({ actorId: viewerId })).filter((e) => e.what === what);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.fields).toContain('name');
      expect(entry.personIds).toEqual(expect.arrayContaining(named));
    }
  });

  it("logs a person's history: its states hold the name, e-mail and phone", async () => {
    const edit = await gql<{ updatePerson: { version: number } }>(
      `mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {phone: "+45 11 22 33 44"}) { version } }`,
      { id: FLEMMING },
      admin,
    );
    expect(edit.errors).toBeUndefined();
    const r = await gql<{ history: Array<{ before: Record<string, unknown> | null; after: Record<string, unknown> | null }> }>(
      'query PersonHistory($id: ID!) { history(entityId: $id) { operation before after } }',
      { id: FLEMMING },
      viewer,
    );
    expect(r.data!.history[0]!.after).toMatchObject({ label: 'Person', props: { name: 'Flemming Henriksen', phone: '+45 11 22 33 44' } });
    const entry = await lastEntryOf('PersonHistory');
    expect(entry).toMatchObject({ personIds: [FLEMMING] });
    expect(entry!.fields).toEqual(expect.arrayContaining(['name', 'phone']));
    // The history of anything else (an organisation) names no one.
    await gql('query OrgHistory { history(entityId: "org:ppr-horsens") { before after } }', {}, viewer);
    expect(await lastEntryOf('OrgHistory')).toBeUndefined();
  });
});
