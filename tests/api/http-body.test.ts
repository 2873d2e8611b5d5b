import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * server.ts reads a small body with a declared length itself and hands it to yoga parsed (or as
 * bytes); a chunked body is streamed to yoga as before. Every body must be answered alike both
 * ways: the same status, content type and text.
 */

let t: TestApp;
let server: http.Server;
let port: number;

beforeAll(async () => {
  t = await createTestApp();
  server = createHttpServer(t.app, '/no-web-build');
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await t.close();
});

interface Answer {
  status: number;
  contentType: string | undefined;
  text: string;
}

/** POSTs `body` with its length declared, or in two chunks without a length. */
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
        res.on('end', () => resolve({ status: res.statusCode!, contentType: res.headers['content-type'], text: Buffer.concat(chunks).toString('utf8') }));
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

describe('a body read ahead by the HTTP server is answered as one streamed to yoga', () => {
  it.each(bodies)('%s', async (_name, body, headers) => {
    const withLength = await post(body, headers, false);
    const streamed = await post(body, headers, true);
    expect(withLength).toEqual(streamed);
  });

  it('answers a query read ahead with its data', async () => {
    const answer = await post(Buffer.from(query), json, false);
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.text) as { data: { organisations: { nodes: unknown[] } } }).data.organisations.nodes).toHaveLength(2);
  });
});
