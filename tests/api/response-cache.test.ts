import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/src/app.js';
import { epochCache } from '../../api/src/response-cache/response-cache.js';
import { StoreEpoch } from '../../api/src/response-cache/store-epoch.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

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

interface Answer {
  status: number;
  etag: string | null;
  body: { data?: any; errors?: Array<{ extensions?: { code?: string } }>; extensions?: { roundTrips?: number; responseCache?: { hit?: boolean; didCache?: boolean } } };
}

async function ask(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, etag: res.headers.get('etag'), body: res.status === 304 ? {} : ((await res.json()) as Answer['body']) };
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
    const before = await ask(ORG_NAME, { id: ORG });
    expect(hit(await ask(ORG_NAME, { id: ORG }))).toBe(true);
    const edit = await ask(
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, properties: {name: "Norddjurs Kommune (omdøbt)"}) { version } }`,
      { id: ORG, v: before.body.data.organisation.version },
      editor,
    );
    expect(edit.body.errors).toBeUndefined();
    const after = await ask(ORG_NAME, { id: ORG });
    expect(hit(after)).toBe(false);
    expect(after.body.data.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
    // And an ETag from before the write no longer earns a 304.
    expect(before.etag).toBeTruthy();
    const revalidated = await ask(ORG_NAME, { id: ORG }, { 'if-none-match': before.etag! });
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.data.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
    const current = await ask(ORG_NAME, { id: ORG }, { 'if-none-match': after.etag! });
    expect(current.status).toBe(304);
  });

  it('a failed write (stale version) changes nothing and the answers stay right', async () => {
    const stale = await ask(`mutation($id: ID!) { updateOrganisation(id: $id, version: 1, properties: {name: "Forkert"}) { version } }`, { id: ORG }, editor);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ask(ORG_NAME, { id: ORG })).body.data.organisation.name).toBe('Norddjurs Kommune (omdøbt)');
  });

  it('never stores or serves a signed-in answer: names a viewer sees never reach a visitor', async () => {
    const id = ORG; // its fixed contacts are named people
    const signed = await ask(CONTACTS, { id }, viewer);
    const names = signed.body.data.findContact.contacts.map((c: { person: { name: string | null } }) => c.person.name);
    expect(names.some((n: string | null) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(signed.body.extensions?.responseCache).toBeUndefined();
    const anonymous = await ask(CONTACTS, { id });
    expect(hit(anonymous)).toBe(false);
    expect(anonymous.body.data.findContact.contacts.every((c: { person: { name: string | null } }) => c.person.name === null)).toBe(true);
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
