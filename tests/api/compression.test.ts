import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { compressAnswers } from '../../api/src/http-compression.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * server.ts compresses answers for a client that asks (brotli or gzip), over real HTTP on the
 * seed: the bytes decode to exactly the answer an uncompressing client gets; small answers and
 * any answer that sets a cookie (a sign-in: its token is in the body) go as they are.
 */

let t: TestApp;
let server: http.Server;
let port: number;
let webDir: string;
const PASSWORD = 'a long enough password 123';
// A script the size of a real chunk, repetitive as minified code is.
const SCRIPT = `export const words = [${Array.from({ length: 4000 }, (_, i) => `"ord${i % 97}"`).join(',')}];\n`;

beforeAll(async () => {
  t = await createTestApp();
  await createUser(t.db, t.queries, { email: 'zip@example.dk', name: 'Zia Zip', role: 'EDITOR', password: PASSWORD });
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Hænderne</title>');
  fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), SCRIPT);
  server = createHttpServer(t.app, webDir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
  /** The body as the client reads it, decoded by its content-encoding. */
  text: string;
}

function request(method: 'GET' | 'POST', pathName: string, headers: Record<string, string>, body?: object): Promise<Raw> {
  const payload = body ? Buffer.from(JSON.stringify(body)) : undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathName,
        agent: false,
        headers: payload ? { 'content-type': 'application/json', accept: 'application/json', 'content-length': String(payload.length), ...headers } : headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const plain = encoding === 'br' ? zlib.brotliDecompressSync(bytes) : encoding === 'gzip' ? zlib.gunzipSync(bytes) : bytes;
          resolve({ status: res.statusCode!, headers: res.headers, bytes, text: plain.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const GAPS = { query: 'query { gaps(scope: { kind: EVERYTHING }) { total findings { ruleId sentence evidenceIds } } }' };

describe('compressed answers (server.ts)', () => {
  it('sends a large answer in brotli to a client that takes it, the same answer decoded', async () => {
    const plain = await request('POST', '/graphql', {}, GAPS);
    const br = await request('POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, GAPS);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(5_000);
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 4);
    expect(JSON.parse(br.text)).toEqual(JSON.parse(plain.text));
    expect((JSON.parse(br.text) as { data: { gaps: { total: number } } }).data.gaps.total).toBeGreaterThan(0);
  });

  it('uses gzip where the client takes only gzip', async () => {
    const gz = await request('POST', '/graphql', { 'accept-encoding': 'gzip' }, GAPS);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gz.text)).toEqual(JSON.parse((await request('POST', '/graphql', {}, GAPS)).text));
  });

  it('leaves a small answer as it is', async () => {
    const small = await request('POST', '/graphql', { 'accept-encoding': 'br, gzip' }, { query: '{ __typename }' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.text)).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('never compresses an answer that sets a cookie (a sign-in carries its token in the body)', async () => {
    const signIn = await request(
      'POST',
      '/graphql',
      { 'accept-encoding': 'br, gzip' },
      {
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { email } } }',
        variables: { e: 'zip@example.dk', p: PASSWORD },
      },
    );
    expect(signIn.headers['set-cookie']?.length).toBeGreaterThan(0);
    expect(signIn.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(signIn.text) as { data: { signIn: { user: { email: string } } } }).data.signIn.user.email).toBe('zip@example.dk');
  });

  it("compresses the web app's scripts too, with the security headers kept", async () => {
    const plain = await request('GET', '/assets/app.js', {});
    const br = await request('GET', '/assets/app.js', { 'accept-encoding': 'br' });
    expect(plain.text).toBe(SCRIPT);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.text).toBe(SCRIPT);
    expect(br.bytes.length).toBeLessThan(SCRIPT.length / 10);
    expect(br.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('compressAnswers with a cookie', () => {
  it('leaves a large answer as it is when it sets a cookie, and compresses the same answer without one', async () => {
    const secretPage = JSON.stringify({ token: 'a-secret-token', filler: 'x'.repeat(20_000) });
    const plainServer = http.createServer((req, res) =>
      compressAnswers(req, res, () => {
        res.setHeader('content-type', 'application/json');
        if (req.url === '/with-cookie') res.setHeader('set-cookie', 'session=abc; HttpOnly');
        res.end(secretPage);
      }),
    );
    await new Promise<void>((r) => plainServer.listen(0, '127.0.0.1', () => r()));
    const at = (plainServer.address() as AddressInfo).port;
    const get = (p: string) =>
      new Promise<http.IncomingMessage>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: at, path: p, agent: false, headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const withCookie = await get('/with-cookie');
      const without = await get('/without');
      expect(withCookie.headers['set-cookie']).toEqual(['session=abc; HttpOnly']);
      expect(withCookie.headers['content-encoding']).toBeUndefined();
      expect(without.headers['content-encoding']).toBe('br');
    } finally {
      plainServer.close();
    }
  });
});
