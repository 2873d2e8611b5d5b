import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { createApp, type App } from '../../api/src/app.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { introspect, rootFields, selectionFor, type RootField } from '../reliability/lib/schema-walk.js';
import { epochCache } from '../../api/src/response-cache/response-cache.js';
import { StoreEpoch } from '../../api/src/response-cache/store-epoch.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { shippedApp } from '../support/shipped-app.js';

/** The response cache on the real app and engine: repeated anonymous questions, never stale, never personal. */
let t: TestApp;
let app: App;
let editor: Record<string, string>;
let viewer: Record<string, string>;

const ORG = 'org:municipality-norddjurs';
const ORG_NAME = `query($id: ID!) { organisation(id: $id) { name version } }`;
const CONTACTS = `query($id: ID!) { findContact(organisationId: $id) { contacts { person { name } } } }`;

beforeAll(async () => {
  t = await createTestApp();
  app = createApp({ db: t.db, queries: t.queries }, { responseCache: { maxBytes: 8 * 1024 * 1024, ttlSeconds: 300 } });
  editor = await signedIn(t, 'EDITOR');
  viewer = await signedIn(t, 'VIEWER');
});
afterAll(() => t.close());

interface OrgName {
  organisation: { name: string; version: number };
}
interface ContactCards {
  findContact: { contacts: Array<{ person: { name: string | null } }> };
}
interface SignedIn {
  signIn: { token: string; user: { email: string } };
}

interface Answer<T = unknown> {
  status: number;
  etag: string | null;
  body: {
    data?: T;
    errors?: Array<{ extensions?: { code?: string } }>;
    extensions?: { roundTrips?: number; responseCache?: { hit?: boolean; didCache?: boolean } };
  };
}

async function ask<T = unknown>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: res.status === 304 ? {} : ((await res.json()) as Answer<T>['body']) };
}

const hit = (a: Answer) => a.body.extensions?.responseCache?.hit;

describe('response cache', () => {
  it('answers a repeated anonymous question from memory, without the engine, with the same data', async () => {
    const first = await ask(CONTACTS, { id: ORG });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.extensions?.responseCache).toMatchObject({ hit: false, didCache: true });
    expect(first.body.extensions?.roundTrips).toBeGreaterThan(0);
    const again = await ask(CONTACTS, { id: ORG });
    expect(hit(again)).toBe(true);
    expect(again.body.data).toEqual(first.body.data);
    // Another question (other variables) is its own entry.
    expect(hit(await ask(CONTACTS, { id: 'org:municipality-randers' }))).toBe(false);
  });

  it('never serves an answer from before a write: the next anonymous answer is computed afresh', async () => {
    const before = await ask<OrgName>(ORG_NAME, { id: ORG });
    expect(hit(await ask(ORG_NAME, { id: ORG }))).toBe(true);
    const edit = await ask(
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, properties: {name: "Norddjurs Kommune (omdøbt)"}) { version } }`,
      { id: ORG, v: before.body.data!.organisation.version },
      editor,
    );
    expect(edit.body.errors).toBeUndefined();
    const after = await ask<OrgName>(ORG_NAME, { id: ORG });
    expect(hit(after)).toBe(false);
    expect(after.body.data?.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
    // And an ETag from before the write no longer earns a 304.
    expect(before.etag).toBeTruthy();
    const revalidated = await ask<OrgName>(ORG_NAME, { id: ORG }, { 'if-none-match': before.etag! });
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.data?.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
    const current = await ask(ORG_NAME, { id: ORG }, { 'if-none-match': after.etag! });
    expect(current.status).toBe(304);
    // The ETag does not count the writes (an outside probe read w0, w2, w3 from it).
    for (const etag of [before.etag!, after.etag!]) expect(etag).not.toMatch(/w\d+-\d{4}-\d{2}-\d{2}/);
  });

  it('an export changes no answer and moves no ETag: visitors do not see it happen, and the cache stays', async () => {
    // An outside probe: each exportCsv (an audit entry only) moved the epoch, so a visitor polling
    // one question saw every export of personal data in the ETag, and any viewer emptied the cache.
    const before = await ask<OrgName>(ORG_NAME, { id: ORG });
    for (const label of ['Person', 'Channel']) expect((await ask(`query { exportCsv(label: ${label}) }`, {}, viewer)).body.errors).toBeUndefined();
    const after = await ask<OrgName>(ORG_NAME, { id: ORG }, { 'if-none-match': before.etag! });
    expect(after.status).toBe(304);
    expect(hit(await ask(ORG_NAME, { id: ORG }))).toBe(true);
  });

  it('a sign-in lock moves no ETag: an anonymous client cannot empty the cache with wrong passwords', async () => {
    const before = await ask<OrgName>(ORG_NAME, { id: ORG });
    const wrong = `mutation { signIn(email: "ingen.konto@region.dk", password: "forkert adgangskode") { token } }`;
    let locked = false;
    for (let i = 0; i < 12 && !locked; i++) locked = (await ask(wrong, {})).body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
    expect(locked).toBe(true);
    expect((await ask(ORG_NAME, { id: ORG }, { 'if-none-match': before.etag! })).status).toBe(304);
  });

  it('a failed write (stale version) changes nothing and the answers stay right', async () => {
    const stale = await ask(`mutation($id: ID!) { updateOrganisation(id: $id, version: 1, properties: {name: "Forkert"}) { version } }`, { id: ORG }, editor);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ask<OrgName>(ORG_NAME, { id: ORG })).body.data?.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
  });

  it('never stores or serves a signed-in answer: names a viewer sees never reach a visitor', async () => {
    const id = ORG; // its fixed contacts are named people
    const signed = await ask<ContactCards>(CONTACTS, { id }, viewer);
    const names = signed.body.data!.findContact.contacts.map((c) => c.person.name);
    expect(names.some((n: string | null) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(signed.body.extensions?.responseCache).toBeUndefined();
    const anonymous = await ask<ContactCards>(CONTACTS, { id });
    expect(hit(anonymous)).toBe(false);
    expect(anonymous.body.data!.findContact.contacts.every((c) => c.person.name === null)).toBe(true);
    // Now cached for visitors, and still not served to the viewer.
    expect(hit(await ask(CONTACTS, { id }))).toBe(true);
    const signedAgain = await ask(CONTACTS, { id }, viewer);
    expect(signedAgain.body.extensions?.responseCache).toBeUndefined();
    expect(signedAgain.body.data).toEqual(signed.body.data);
  });

  it('computes afresh for Cache-Control: no-cache, and does not cache answers with errors', async () => {
    await ask(CONTACTS, { id: ORG });
    const fresh = await ask(CONTACTS, { id: ORG }, { 'cache-control': 'no-cache' });
    expect(fresh.body.extensions?.responseCache).toBeUndefined();
    expect(fresh.body.extensions?.roundTrips).toBeGreaterThan(0);
    const missing = { id: 'org:findes-ikke' };
    expect((await ask(CONTACTS, missing)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const second = await ask(CONTACTS, missing);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hit(second)).not.toBe(true);
  });
});

describe('the epoch behind the cache', () => {
  const result = { data: { ok: true } };

  it('refuses an answer computed before a write or on another day, also when it arrives late', () => {
    let day = '2026-11-24';
    const epoch = new StoreEpoch(() => day);
    const cache = epochCache(epoch, { maxBytes: 1024 * 1024, ttlSeconds: 60 });
    const keyThen = `${epoch.current()}:q`;
    cache.set(keyThen, result, [], 60_000);
    expect(cache.get(keyThen)).toEqual(result);
    // A request that began before the write finishes after it: its answer is not kept.
    const inFlight = `${epoch.current()}:slow`;
    epoch.advance();
    cache.set(inFlight, result, [], 60_000);
    expect(cache.get(inFlight)).toBeUndefined();
    expect(cache.get(keyThen)).toBeUndefined();
    const keyNow = `${epoch.current()}:q`;
    cache.set(keyNow, result, [], 60_000);
    expect(cache.get(keyNow)).toEqual(result);
    day = '2026-11-25';
    expect(cache.get(keyNow)).toBeUndefined();
  });

  it('stays within its byte bound, dropping the least recently used answers', () => {
    const epoch = new StoreEpoch(() => '2026-11-24');
    const cache = epochCache(epoch, { maxBytes: 2_000, ttlSeconds: 60 });
    const big = { data: { text: 'x'.repeat(900) } };
    for (let i = 0; i < 5; i++) cache.set(`${epoch.current()}:${i}`, big, [], 60_000);
    const kept = [0, 1, 2, 3, 4].filter((i) => cache.get(`${epoch.current()}:${i}`));
    expect(kept).toEqual([3, 4]);
  });
});

describe("only queries are cached (the app as shipped: the configuration's defaults)", () => {
  let shipped: App;
  let schema: GraphQLSchema;
  const post = async <T = unknown>(query: string, variables: Record<string, unknown> = {}, operationName?: string, headers: Record<string, string> = {}) => {
    const res = await shipped.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { cookie: res.headers.get('set-cookie'), body: (await res.json()) as Answer<T>['body'] };
  };

  beforeAll(async () => {
    shipped = shippedApp(t);
    schema = await introspect((u, i) => shipped.fetch(u, i));
    await createUser(t.db, t.queries, { email: 'twice@example.dk', name: 'Twice', role: 'VIEWER', password: 'twice-password-123' });
  });

  it('the same signIn twice signs in twice: two cookies, two sessions, nothing from the cache', async () => {
    const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { email } } }`;
    const first = await post<SignedIn>(SIGN_IN, { e: 'twice@example.dk', p: 'twice-password-123' });
    const second = await post<SignedIn>(SIGN_IN, { e: 'twice@example.dk', p: 'twice-password-123' });
    for (const answer of [first, second]) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.cookie).toMatch(/^haenderne_session=[^;]+;.*HttpOnly/i);
      expect(answer.body.extensions?.responseCache).toBeUndefined();
    }
    expect(second.body.data!.signIn.token).not.toBe(first.body.data!.signIn.token);
    // Signing out and in again within the cache's five minutes works.
    const out = await post<{ signOut: boolean }>(`mutation { signOut }`, {}, undefined, { authorization: `Bearer ${second.body.data!.signIn.token}` });
    expect(out.body.data?.signOut).toBe(true);
    const third = await post<SignedIn>(SIGN_IN, { e: 'twice@example.dk', p: 'twice-password-123' });
    expect(third.cookie).toMatch(/^haenderne_session=/);
    expect(
      (await post<{ me: { email: string } }>(`{ me { email } }`, {}, undefined, { authorization: `Bearer ${third.body.data!.signIn.token}` })).body.data?.me
        .email,
    ).toBe('twice@example.dk');
  });

  it('every mutation of the schema, sent twice alike by a visitor, is executed both times and never touches the cache', async () => {
    const mutations = rootFields(schema).filter((f) => f.operation === 'mutation');
    expect(mutations.length).toBeGreaterThan(30);
    for (const m of mutations) {
      const { query, variables } = minimalCall(m);
      const answers = [await post(query, variables), await post(query, variables)];
      for (const a of answers) expect(a.body.extensions?.responseCache, `${m.name}: ${JSON.stringify(a.body)}`).toBeUndefined();
      expect(answers[1]!.body.errors?.[0]?.extensions?.code, m.name).toBe(answers[0]!.body.errors?.[0]?.extensions?.code);
      // Executed, not turned away earlier: a refusal from the resolver, or (signIn, signOut) an answer.
      expect(answers[1]!.body.data !== undefined || answers[1]!.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED', m.name).toBe(true);
    }
  });

  it('a query is still cached after a mutation, also in one document with both; the mutation never is', async () => {
    const DOC = `query Q { about { version } } mutation M { signOut }`;
    expect((await post<{ signOut: boolean }>(DOC, {}, 'M')).body.data?.signOut).toBe(false);
    const m2 = await post(DOC, {}, 'M');
    expect(m2.body.extensions?.responseCache).toBeUndefined();
    expect(m2.cookie).toMatch(/^haenderne_session=;/);
    expect((await post(DOC, {}, 'Q')).body.extensions?.responseCache).toMatchObject({ hit: false, didCache: true });
    expect((await post(DOC, {}, 'Q')).body.extensions?.responseCache).toMatchObject({ hit: true });
    expect((await post(DOC, {}, 'M')).body.extensions?.responseCache).toBeUndefined();
  });

  it("in production the answers carry none of the cache's bookkeeping, and the cache still answers", async () => {
    const production = shippedApp(t, { NODE_ENV: 'production' });
    const ask = async () =>
      (await (
        await production.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: CONTACTS, variables: { id: ORG } }),
        })
      ).json()) as Answer['body'];
    const first = await ask();
    const second = await ask();
    expect(first.extensions?.responseCache).toBeUndefined();
    expect(second.extensions?.responseCache).toBeUndefined();
    expect(first.extensions?.roundTrips).toBeGreaterThan(0);
    expect(second.data).toEqual(first.data);
  });
});

/** A mutation with the least valid arguments (so it passes validation and reaches its resolver). */
function minimalCall(m: RootField): { query: string; variables: Record<string, unknown> } {
  const value = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return value(type.ofType);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type))
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, value(f.type)]),
      );
    return ({ Int: 1, Float: 1, Boolean: true, JSON: {} } as Record<string, unknown>)[type.name] ?? 'matrix@example.dk';
  };
  const args = m.field.args.filter((a) => isNonNullType(a.type));
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `mutation${defs ? `(${defs})` : ''} { ${m.name}${uses ? `(${uses})` : ''} ${selectionFor(m.field)} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, value(a.type)])),
  };
}
