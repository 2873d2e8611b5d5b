import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import compression from 'compression';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { compressAnswers } from '../../api/src/http-compression.js';
import { securityHeaders } from '../../api/src/security-headers.js';
import { withArrival } from '../../api/src/db/arrival.js';
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

describe('compressAnswers for a client that asks for no encoding', () => {
  // The handler shapes a response is written in (yoga writes one headers object with writeHead,
  // sirv sets some and passes others): the same status, headers (Vary above all) and body as the
  // compression middleware itself gives, for a client without Accept-Encoding or with an empty one.
  // The framing aside: a body given whole to end() with no length went chunked through the
  // middleware (it wrote the head first) and now has Node's Content-Length; yoga writes its head
  // and body apart, and its answers are compared byte for byte below.
  const big = JSON.stringify({ data: { filler: 'x'.repeat(5_000) } });
  const shapes: Record<string, (res: http.ServerResponse) => void> = {
    'setHeader and end': (res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(big);
    },
    'writeHead with an object': (res) => {
      res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': String(big.length) });
      res.end(big);
    },
    'writeHead with a reason and an object': (res) => {
      res.writeHead(201, 'Made', { 'Content-Type': 'text/html', Vary: 'Origin' });
      res.end('<p>small</p>');
    },
    'writeHead with a flat array': (res) => {
      res.setHeader('x-a', 'old');
      res.writeHead(200, ['content-type', 'application/json', 'x-a', 'one', 'x-a', 'two']);
      res.end(big);
    },
    'writeHead with pairs': (res) => {
      res.writeHead(200, [
        ['content-type', 'text/css'],
        ['vary', 'accept-encoding'],
      ]);
      res.end(big);
    },
    'a cookie set': (res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', 'session=abc; HttpOnly');
      res.end(big);
    },
    'no-transform': (res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'public, no-transform');
      res.end(big);
    },
    'Vary already several': (res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('vary', ['Origin', 'Accept']);
      res.end(big);
    },
    'Vary *': (res) => {
      res.setHeader('content-type', 'application/json');
      res.setHeader('vary', '*');
      res.end(big);
    },
    'not compressible': (res) => {
      res.setHeader('content-type', 'image/png');
      res.end(big);
    },
    'headers by the first write': (res) => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain');
      res.write('not ');
      res.end('found');
    },
    'no body': (res) => {
      res.statusCode = 204;
      res.end();
    },
  };
  const serve = (withMiddleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void) =>
    http.createServer((req, res) => withMiddleware(req, res, () => shapes[decodeURIComponent(req.url!.slice(1))]!(res)));

  it('answers exactly as the compression middleware does', async () => {
    const reference = compression({ filter: (req, res) => !res.hasHeader('set-cookie') && compression.filter(req, res) });
    const servers = [serve((req, res, next) => reference(req as never, res as never, next)), serve(compressAnswers)];
    const ports = await Promise.all(servers.map((s) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)))));
    const get = (at: number, shape: string, method: string, headers: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: at, method, path: `/${encodeURIComponent(shape)}`, agent: false, headers }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () =>
            resolve(
              JSON.stringify([
                res.statusCode,
                res.statusMessage,
                res.rawHeaders.filter((_, i, all) => !['Date', 'Content-Length', 'Transfer-Encoding'].includes(all[i - (i % 2)]!)),
                body,
              ]),
            ),
          );
        });
        req.on('error', reject);
        req.end();
      });
    try {
      let varied = 0;
      for (const shape of Object.keys(shapes)) {
        for (const method of ['GET', 'HEAD']) {
          for (const headers of [{}, { 'accept-encoding': '' }] as Record<string, string>[]) {
            const [expected, actual] = await Promise.all(ports.map((at) => get(at, shape, method, headers)));
            expect(actual, `${shape}, ${method}, ${JSON.stringify(headers)}`).toBe(expected);
            if (/accept-encoding/i.test(actual!)) varied++;
          }
        }
      }
      expect(varied).toBeGreaterThan(10);
    } finally {
      for (const s of servers) s.close();
    }
  });

  it("answers the app's requests with the same bytes and headers as the middleware did", async () => {
    const reference = compression({ filter: (req, res) => !res.hasHeader('set-cookie') && compression.filter(req, res) });
    const withHeaders = securityHeaders({ secure: false, graphiql: false });
    const before = http.createServer((req, res) => {
      withHeaders(req, res);
      reference(req as never, res as never, () => void withArrival(() => t.app.handle(req, res)));
    });
    const at = await new Promise<number>((r) => before.listen(0, '127.0.0.1', () => r((before.address() as AddressInfo).port)));
    const raw = (p: number, method: 'GET' | 'POST', pathName: string, body?: object) =>
      new Promise<string>((resolve, reject) => {
        const payload = body ? JSON.stringify(body) : undefined;
        const req = http.request(
          {
            host: '127.0.0.1',
            port: p,
            method,
            path: pathName,
            agent: false,
            headers: payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {},
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () =>
              resolve(JSON.stringify([res.statusCode, res.rawHeaders.filter((_, i, all) => !['Date', 'x-request-id'].includes(all[i - (i % 2)]!)), text])),
            );
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    try {
      const asks: Array<['GET' | 'POST', string, object?]> = [
        ['POST', '/graphql', GAPS],
        ['POST', '/graphql', { query: '{ __typename }' }],
        ['POST', '/graphql', { query: '{ nope }' }],
        ['GET', '/graphql?query=%7B__typename%7D', undefined],
        ['GET', '/health', undefined],
        [
          'POST',
          '/graphql',
          {
            query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email } } }',
            variables: { e: 'zip@example.dk', p: 'wrong password 123' },
          },
        ],
      ];
      for (const [method, pathName, body] of asks) {
        const expected = await raw(at, method, pathName, body);
        expect(await raw(port, method, pathName, body), `${method} ${pathName}`).toBe(expected);
      }
    } finally {
      before.close();
    }
  });
});
