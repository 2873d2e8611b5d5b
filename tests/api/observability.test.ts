import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/src/app.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { createLogger } from '../../api/src/observability/logger.js';
import { Metrics } from '../../api/src/observability/metrics.js';
import { createHttpServer } from '../../api/src/server.js';
import { DEFAULT_SETTINGS } from '../../api/src/context.js';
import { parseTrustProxy } from '../../api/src/auth/client-address.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openTestDb, type GqlResult } from '../support/test-app.js';

let db: GraphDb;
let queries: QueryCatalog;
const EMAIL = 'lone.logtest@example.dk';
const NAME = 'Lone Logtest';
const PASSWORD = 'meget-hemmelig-adgangskode';
let userId: string;

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  userId = (await createUser(db, queries, { email: EMAIL, name: NAME, role: 'VIEWER', password: PASSWORD })).id;
});
afterAll(() => db?.close());

/** A logger writing JSON lines into an array: the same pino the server uses, read back. */
function capturedLogger(level: 'info' | 'debug' = 'info', pretty = false) {
  const lines: string[] = [];
  const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  const logger = createLogger({ level, pretty, destination });
  return { logger, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

async function post<T = unknown>(app: App, body: object, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { res, body: (await res.json()) as GqlResult<T> };
}

const SIGN_IN = 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token user { id } } }';

describe('the request log', () => {
  it('writes one JSON line per request with ids, codes and timings, and never a name, e-mail, password or token', async () => {
    const log = capturedLogger();
    const app = createApp({ db, queries }, { logger: log.logger });

    const wrong = await post(app, { query: SIGN_IN, operationName: 'SignIn', variables: { email: EMAIL, password: 'forkert-forkert' } });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const signIn = await post<{ signIn: { token: string } }>(app, { query: SIGN_IN, operationName: 'SignIn', variables: { email: EMAIL, password: PASSWORD } });
    const token = signIn.body.data!.signIn.token;
    // A signed-in viewer sees people's names, e-mails and phones: none of it may reach the log.
    const people = await post<{ people: { nodes: Array<{ name: string | null; email: string | null; phone: string | null }> } }>(
      app,
      { query: 'query People { people(first: 20) { nodes { name email phone } } me { name email } }' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'proxy-given-id-0001' },
    );
    const seen = people.body.data!.people.nodes.flatMap((p) => [p.name, p.email, p.phone]).filter((v): v is string => Boolean(v));
    expect(seen.length).toBeGreaterThan(10);
    // A GET carries its variables in the query string: the log keeps the path only.
    const get = await app.fetch(
      `http://test/graphql?query=${encodeURIComponent('query Find($t: String!) { search(text: $t) { id } }')}&variables=${encodeURIComponent(JSON.stringify({ t: EMAIL }))}`,
      {
        headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
      },
    );
    await get.text();
    const anonymous = await post(app, { query: '{ me { id } organisations(first: 1) { nodes { id } } }' });

    const records = log.records().filter((r) => r.msg === 'request');
    expect(records).toHaveLength(5);
    const [failed, signedIn, read, viaGet, anon] = records;
    for (const [r, res] of [
      [failed, wrong.res],
      [signedIn, signIn.res],
      [read, people.res],
      [viaGet, get],
      [anon, anonymous.res],
    ] as const) {
      expect(r!.reqId).toBe(res.headers.get('x-request-id'));
      expect(r!.durationMs).toBeGreaterThan(0);
      expect(r!.status).toBe(res.status);
      expect(r!.method).toMatch(/^(GET|POST)$/);
    }
    expect(failed).toMatchObject({ operation: 'SignIn', path: '/graphql', errorCodes: ['UNAUTHENTICATED'], userId: null, level: 40 });
    expect(signedIn).toMatchObject({ operation: 'SignIn', userId: null, level: 30 });
    expect(signedIn!.errorCodes).toBeUndefined();
    expect(read).toMatchObject({ operation: 'People', userId, reqId: 'proxy-given-id-0001' });
    expect(viaGet).toMatchObject({ method: 'GET', path: '/graphql', operation: 'Find' });
    expect(anon).toMatchObject({ operation: 'query:me,organisations', userId: null });

    const text = log.lines.join('');
    for (const secret of [EMAIL, NAME, PASSWORD, 'forkert-forkert', token, ...seen]) expect(text).not.toContain(secret);
  });

  it('replaces a request id that is not plainly an id', async () => {
    const log = capturedLogger();
    const app = createApp({ db, queries }, { logger: log.logger });
    const { res } = await post(app, { query: '{ me { id } }' }, { 'x-request-id': `"${EMAIL}"` });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(log.lines.join('')).not.toContain(EMAIL);
  });

  it("over a socket takes a request's own id only from a proxy TRUST_PROXY names (a client could give its requests someone else's)", async () => {
    const asked = async (trustProxy: string) => {
      const log = capturedLogger();
      const app = createApp({ db, queries, settings: { ...DEFAULT_SETTINGS, trustProxy: parseTrustProxy(trustProxy) } }, { logger: log.logger });
      const server = createHttpServer(app);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-request-id': 'someone-elses-id-0042' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        await res.text();
        return { header: res.headers.get('x-request-id'), logged: log.records().find((r) => r.msg === 'request')?.reqId };
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    };
    const outsider = await asked('false');
    expect(outsider.header).toMatch(/^[0-9a-f-]{36}$/);
    expect(outsider.logged).toBe(outsider.header);
    expect(await asked('10.0.0.0/8')).toMatchObject({ header: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await asked('loopback')).toEqual({ header: 'someone-elses-id-0042', logged: 'someone-elses-id-0042' });
  });

  it('logs readiness probes only at debug level, liveness probes not at all', async () => {
    const info = capturedLogger('info');
    const debug = capturedLogger('debug');
    for (const log of [info, debug]) {
      const app = createApp({ db, queries }, { logger: log.logger });
      expect((await app.fetch('http://test/health')).status).toBe(200);
      expect((await app.fetch('http://test/ready')).status).toBe(200);
    }
    expect(info.records().filter((r) => r.msg === 'request')).toEqual([]);
    expect(debug.records().filter((r) => r.msg === 'request')).toMatchObject([{ path: '/ready', status: 200, level: 20 }]);
  });

  it('writes readable lines instead of JSON when pretty', async () => {
    const { logger, lines } = capturedLogger('info', true);
    const app = createApp({ db, queries }, { logger });
    await post(app, { query: 'query Me { me { id } }' });
    const text = lines.join('');
    expect(text).toMatch(/INFO.*request/);
    expect(text).toMatch(/operation: "Me"/);
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });
});

describe('metrics', () => {
  const TOKEN = 'metrics-scrape-token-0123456789';
  const scrape = async (app: App, token: string | null = TOKEN) => {
    const res = await app.fetch('http://test/metrics', token ? { headers: { authorization: `Bearer ${token}` } } : {});
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  };
  /** The value of one sample line, e.g. value(text, 'haenderne_sign_ins_total{method="password",outcome="success"}'). */
  const value = (text: string, sample: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
    return line ? Number(line.slice(sample.length + 1)) : 0;
  };

  it('are answered in Prometheus format only with the configured token', async () => {
    const app = createApp({ db, queries }, { metrics: { metrics: new Metrics({ processMetrics: false }), token: TOKEN } });
    expect((await scrape(app, null)).status).toBe(401);
    expect((await scrape(app, 'metrics-scrape-token-wrong-wrong')).status).toBe(401);
    const ok = await scrape(app);
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.text).toContain('# TYPE haenderne_graphql_requests_total counter');
    expect((await app.fetch('http://test/metrics', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });

  it('are not served when off', async () => {
    const app = createApp({ db, queries });
    const res = await app.fetch('http://test/metrics');
    expect(res.status).toBe(404);
  });

  it('count requests per operation, errors by code, sign-ins, statement durations and response-cache hits', async () => {
    const metrics = new Metrics({ processMetrics: true });
    const app = createApp({ db, queries }, { metrics: { metrics, token: null }, responseCache: { maxBytes: 1_000_000, ttlSeconds: 60 } });
    await post(app, { query: SIGN_IN, variables: { email: EMAIL, password: 'forkert-forkert' } });
    await post(app, { query: SIGN_IN, variables: { email: EMAIL, password: PASSWORD } });
    const question = { query: 'query Orgs { organisations(first: 3) { nodes { id } } }' };
    for (let i = 0; i < 3; i++) await post(app, question);
    await post(app, { query: '{ organisation(id: "org:does-not-exist") { id } }' });

    const { text } = await scrape(app, null);
    expect(value(text, 'haenderne_graphql_requests_total{operation="SignIn",status="200"}')).toBe(2);
    expect(value(text, 'haenderne_graphql_requests_total{operation="Orgs",status="200"}')).toBe(3);
    expect(value(text, 'haenderne_graphql_request_duration_seconds_count{operation="Orgs"}')).toBe(3);
    expect(value(text, 'haenderne_sign_ins_total{method="password",outcome="success"}')).toBe(1);
    expect(value(text, 'haenderne_sign_ins_total{method="password",outcome="failure"}')).toBe(1);
    expect(value(text, 'haenderne_graphql_errors_total{code="UNAUTHENTICATED"}')).toBe(1);
    // The first question is computed, the two repeats come from memory.
    expect(value(text, 'haenderne_response_cache_requests_total{result="miss"}')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'haenderne_response_cache_requests_total{result="hit"}')).toBe(2);
    expect(value(text, 'haenderne_db_statement_duration_seconds_count{query="auth/user-by-email",outcome="ok"}')).toBe(2);
    expect(value(text, 'haenderne_db_statement_duration_seconds_count{query="organisation/list",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^haenderne_process_resident_memory_bytes \d+/m);
    expect(text).not.toContain(EMAIL);
  });

  // An outside probe: 200 requests with 400 kB operation names took the process to 600 MB and
  // each /metrics scrape to ~25 s (one of two places cut the name).
  it("keep at most 100 characters of a client's operation name, in the metrics and the log", async () => {
    const metrics = new Metrics({ processMetrics: false });
    const { logger, records } = capturedLogger();
    const app = createApp({ db, queries }, { metrics: { metrics, token: null }, logger });
    const name = `Q${'x'.repeat(5_000)}`;
    await post(app, { query: `query ${name} { about { version } }` });
    await post(app, { query: `query ${name} { about { version } }`, operationName: name });
    const { text } = await scrape(app, null);
    expect(value(text, `haenderne_graphql_requests_total{operation="${name.slice(0, 100)}",status="200"}`)).toBe(2);
    expect(text).not.toContain(name.slice(0, 101));
    const logged = records().filter((r) => typeof r.operation === 'string' && r.operation.startsWith('Qx'));
    expect(logged.map((r) => (r.operation as string).length)).toEqual([100, 100]);
  });

  it('reach /metrics through the real HTTP server, not the web app beside it', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>web</title>');
    const app = createApp({ db, queries }, { metrics: { metrics: new Metrics({ processMetrics: false }), token: null } });
    const server = createHttpServer(app, webDir);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const metrics = await fetch(`${base}/metrics`);
      expect(await metrics.text()).toContain('haenderne_graphql_requests_total');
      expect(await (await fetch(`${base}/kontakt`)).text()).toContain('<title>web</title>');
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});
