import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { actors } from './lib/actors.js';
import { mapHash } from './lib/fingerprint.js';
import { introspect } from './lib/schema-walk.js';
import { runHostile, type HostileReport, type Who } from './lib/hostile-run.js';
import { INJECTIONS } from './lib/hostile-values.js';

let t: TestApp;
let who: Record<Who, Record<string, string>>;
const fetchApp = (url: string, init: RequestInit) => t.app.fetch(url, init);

beforeAll(async () => {
  t = await createTestApp();
  who = await actors(t);
});
afterAll(() => t.close());

describe('hostile and invalid input (a seeded sample; npm run test:reliability runs 10,000)', () => {
  let report: HostileReport;
  beforeAll(async () => {
    report = await runHostile({ fetch: fetchApp, schema: await introspect(fetchApp), db: t.db, queries: t.queries, headers: who, ops: 1000, seed: 8 });
  }, 120_000);

  it('sends 1,000 operations: injections in every string argument, Unicode, 1 MB strings, bad enums and ids, bombs, malformed bodies', () => {
    expect(report.ops).toBe(1000);
    expect(report.byKind['injection sweep']).toBeGreaterThan(50);
    expect(report.rejectedWrites).toBeGreaterThan(100);
  });
  it('answers no 5xx', () => expect(report.serverErrors).toEqual([]));
  it('masks nothing unexpected (no "Unexpected error.")', () => expect(report.unexpected).toEqual([]));
  it('puts no stack, Cypher, file path or engine message in any error', () => expect(report.leaks).toEqual([]));
  it('codes every error (extensions.code), the CSRF refusal aside', () => expect(report.uncoded).toEqual([]));
  it('leaves the map unchanged after every rejected write', () => {
    expect(report.hashChecks).toBeGreaterThan(100);
    expect(report.graphChanges).toEqual([]);
  });
  it('stores and returns valid hostile values verbatim', () => {
    expect(report.verbatimChecked).toBeGreaterThan(20);
    expect(report.verbatimMismatches).toEqual([]);
  });
});

describe('injection strings that are valid values', () => {
  it('are stored and read back verbatim, and the graph around them is untouched', async () => {
    const before = (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0]!;
    for (const [label, extra] of [['Person', { fictitious: true }], ['Organisation', { kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: '751' }]] as const) {
      for (const name of INJECTIONS) {
        const r = await t.gql(`mutation($p: JSON!) { create${label}(properties: $p) { id properties } }`, { p: { name, ...extra } }, who.admin);
        expect(r.errors, name).toBeUndefined();
        const edit = r.data[`create${label}`];
        expect(edit.properties.name).toBe(name);
        const field = label === 'Person' ? 'person' : 'organisation';
        const read = await t.gql(`query($id: ID!) { ${field}(id: $id) { name } }`, { id: edit.id }, who.viewer);
        expect(read.data[field].name).toBe(name);
      }
    }
    const after = (await t.db.run<{ nodes: number; relationships: number }>(t.queries.counts))[0]!;
    expect(after).toEqual({ nodes: before.nodes + 2 * INJECTIONS.length, relationships: before.relationships });
  });
});

describe('defects the hostile run found (fixed)', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    t.app.fetch('http://test/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('a mangled session cookie is an anonymous visitor, not a 500', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } }' }), { cookie: 'haenderne_session=%ff%fe' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.me).toBeNull();
  });

  it('variables of the wrong type are BAD_USER_INPUT (they had no code)', async () => {
    const r = await t.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: { nested: true } });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a GET with malformed variables is a 400, not a 500', async () => {
    const res = await t.app.fetch('http://test/graphql?query=%7Babout%7Bversion%7D%7D&variables=%7Bnot-json', { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a malformed JSON body is refused without the parser\'s message (no originalError)', async () => {
    const res = await post('{"query": "{ about');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].extensions.originalError).toBeUndefined();
  });

  it('a lone surrogate is refused, not silently stored as U+FFFD', async () => {
    const hash = await mapHash(t.db, t.queries);
    const r = await t.gql(`mutation($p: JSON!) { createPerson(properties: $p) { id } }`, { p: { name: 'Lone \uD800 Surrogate', fictitious: true } }, who.editor);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await mapHash(t.db, t.queries)).toBe(hash);
  });

  it('a chunked body without content-length is held to the 1 MB limit over real HTTP', async () => {
    const server = createHttpServer(t.app, '/no-web-build');
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.write('{"query":"{ about { version } }","variables":{"pad":"');
        for (let i = 0; i < 15; i++) req.write('x'.repeat(100_000));
        req.end('"}}');
      });
      expect(status).toBe(413);
    } finally {
      server.close();
    }
  });
});

describe('defects the hostile run found in editing (fixed)', () => {
  it('an inline object literal as a name is BAD_USER_INPUT, not an unexpected error', async () => {
    const r = await t.gql(`mutation { createGroup(properties: {name: {nested: "x"}, kind: "WORKING_GROUP"}) { id } }`, {}, who.admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
