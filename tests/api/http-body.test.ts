import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A body with its length declared and the same body chunked without one must be answered alike:
 * the same status, content type, text and cookies. (server.ts once read small bodies itself and
 * handed them to yoga parsed; under the reliability suite's mixed load 20 of 29,442 requests then
 * hung until the client's 30 s timeout, so it was taken out again; this keeps the two paths honest
 * should it come back.)
 */

let t: TestApp;
let server: http.Server;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, t.queries, { email: 'body@example.dk', name: 'Bo Body', role: 'EDITOR', password: PASSWORD });
  server = createHttpServer(t.app, '/no-web-build');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await t.close();
});

const PASSWORD = 'a long enough password 123';

interface Answer {
  status: number;
  contentType: string | undefined;
  text: string;
  /** The names of the cookies set. */
  cookies: string[];
}

/** POSTs `body` over HTTP with its length declared, or in two chunks without a length. */
function post(body: Buffer, headers: Record<string, string>, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/graphql',
        agent: false,
        headers: chunked ? { ...headers, 'transfer-encoding': 'chunked' } : { ...headers, 'content-length': String(body.length) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            contentType: res.headers['content-type'],
            text: Buffer.concat(chunks).toString('utf8'),
            cookies: (res.headers['set-cookie'] ?? []).map(cookieName),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (chunked) {
      req.write(body.subarray(0, 3));
      req.end(body.subarray(3));
    } else req.end(body);
  });
}

/** The same request handed to yoga directly (no HTTP server, the body as bytes): the answer as before the read-ahead. */
async function direct(body: Buffer, headers: Record<string, string>): Promise<Answer> {
  const res = await t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { ...headers, 'content-length': String(body.length) },
    body: new Uint8Array(body),
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? undefined,
    text: await res.text(),
    cookies: res.headers.getSetCookie().map(cookieName),
  };
}

const cookieName = (setCookie: string) => setCookie.split('=')[0]!;

const json = { 'content-type': 'application/json' };
const query = JSON.stringify({ query: '{ organisations(first: 2) { nodes { id name } } }' });
const bodies: Array<[name: string, body: Buffer, headers: Record<string, string>]> = [
  ['a query', Buffer.from(query), json],
  ['a query with variables', Buffer.from(JSON.stringify({ query: 'query($n: Int) { organisations(first: $n) { totalCount } }', variables: { n: 1 } })), json],
  ['a charset', Buffer.from(query), { 'content-type': 'application/json; charset=utf-8' }],
  ['application/graphql+json', Buffer.from(query), { 'content-type': 'application/graphql+json' }],
  ['a list of content types', Buffer.from(query), { 'content-type': 'application/json, text/plain' }],
  ['malformed JSON', Buffer.from('{"query": "{ __typename }"'), json],
  ['a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(query)]), json],
  [
    'invalid UTF-8 in a value',
    Buffer.concat([Buffer.from('{"query":"{ __typename }","variables":{"a":"'), Buffer.from([0xff, 0xc3]), Buffer.from('"}}')]),
    json,
  ],
  ['an empty object', Buffer.from('{}'), json],
  ['an empty list', Buffer.from('[]'), json],
  ['a list', Buffer.from(`[${query}]`), json],
  ['a number', Buffer.from('5'), json],
  ['null', Buffer.from('null'), json],
  ['a string', Buffer.from('"x"'), json],
  ['no query', Buffer.from(JSON.stringify({ variables: {} })), json],
  ['a query that is not a string', Buffer.from(JSON.stringify({ query: 5 })), json],
  ['an unknown field', Buffer.from(JSON.stringify({ query: '{ nope }' })), json],
  ['a mutation of an anonymous visitor', Buffer.from(JSON.stringify({ query: 'mutation { signOut }' })), json],
  ['text/plain (CSRF)', Buffer.from(query), { 'content-type': 'text/plain' }],
  ['no content type', Buffer.from(query), {}],
  ['application/graphql', Buffer.from('{ __typename }'), { 'content-type': 'application/graphql' }],
  ['a form', Buffer.from('query=%7B__typename%7D'), { 'content-type': 'application/x-www-form-urlencoded' }],
  ['a body over the read-ahead size', Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(20_000) } })), json],
];

describe('a body with its length declared is answered as the same body chunked', () => {
  it.each(bodies)('%s', async (_name, body, headers) => {
    const withLength = await post(body, headers, false);
    expect(withLength).toEqual(await direct(body, headers));
    expect(withLength).toEqual(await post(body, headers, true));
  });

  it('signs in alike with a declared length and chunked (the session cookie set), and the cookie then names the user', async () => {
    const signIn = Buffer.from(
      JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }',
        variables: { e: 'body@example.dk', p: PASSWORD },
      }),
    );
    const cookie = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: '/graphql', agent: false, headers: { ...json, 'content-length': String(signIn.length) } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.headers['set-cookie']![0]!.split(';')[0]!));
        },
      );
      req.on('error', reject);
      req.end(signIn);
    });
    const streamed = await post(signIn, json, true);
    expect(streamed.cookies).toEqual([cookie.split('=')[0]]);
    expect((JSON.parse(streamed.text) as { data: unknown }).data).toEqual({ signIn: { user: { email: 'body@example.dk' } } });
    const me = await post(Buffer.from(JSON.stringify({ query: '{ me { email } }' })), { ...json, cookie }, false);
    expect((JSON.parse(me.text) as { data: unknown }).data).toEqual({ me: { email: 'body@example.dk' } });
  });

  it('answers a query with a declared length with its data', async () => {
    const answer = await post(Buffer.from(query), json, false);
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { data: { organisations: { nodes: unknown[] } } }).data.organisations.nodes).toHaveLength(2);
  });
});
