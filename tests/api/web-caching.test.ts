import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../api/src/server.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The built web app over real HTTP: hashed files are kept, the page is asked again, and a file
// the build compressed is sent as compressed there.
const SCRIPT = `export const words = [${Array.from({ length: 3000 }, (_, i) => `"ord${i % 89}"`).join(',')}];\n`;
let t: TestApp;
let server: http.Server;
let base: string;
let webDir: string;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-caching-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Hænderne</title><script src="/assets/index-B1tlgrZ_.js"></script>');
  fs.writeFileSync(path.join(webDir, 'assets', 'index-B1tlgrZ_.js'), 'console.log(1);\n');
  // As the build writes them (vite-plugin-compression2): the best brotli beside the script.
  fs.writeFileSync(path.join(webDir, 'assets', 'chunk-Dk3kP0aZ.js'), SCRIPT);
  fs.writeFileSync(path.join(webDir, 'assets', 'chunk-Dk3kP0aZ.js.br'), zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(webDir, 'assets', 'chunk-Dk3kP0aZ.js.gz'), zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = createHttpServer(t.app, webDir);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('byte ranges of the web app', () => {
  // An outside probe ended the whole process with one anonymous request: sirv threw on a range
  // whose end comes before its start.
  it('ignores a range it cannot serve (the whole file) and stays up; a good range is a 206', async () => {
    for (const range of ['bytes=10-5', 'bytes=-5', 'bytes=0-1,4-5', 'bytes=x-y', 'items=0-1']) {
      const res = await fetch(`${base}/assets/index-B1tlgrZ_.js`, { headers: { range } });
      expect(res.status, range).toBe(200);
      expect(await res.text(), range).toBe('console.log(1);\n');
    }
    const part = await fetch(`${base}/assets/index-B1tlgrZ_.js`, { headers: { range: 'bytes=0-6' } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe('console');
    expect((await fetch(`${base}/`)).status).toBe(200);
  });
});

describe('caching of the web app', () => {
  it('keeps a content-hashed script for a year, immutable', async () => {
    const res = await fetch(`${base}/assets/index-B1tlgrZ_.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('asks again for the page, a deep link and a file outside assets/, and answers 304 to its ETag', async () => {
    for (const p of ['/', '/kort/aarhus', '/favicon.svg']) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('cache-control'), p).toBe('no-cache');
    }
    const first = await fetch(`${base}/`);
    const again = await fetch(`${base}/`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('sends the brotli or gzip file the build made, once compressed, to a client that takes it', async () => {
    const raw = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; bytes: Buffer }>((resolve, reject) => {
        http
          .get(`${base}/assets/chunk-Dk3kP0aZ.js`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    const br = await raw('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes.equals(fs.readFileSync(path.join(webDir, 'assets', 'chunk-Dk3kP0aZ.js.br')))).toBe(true);
    expect(zlib.brotliDecompressSync(br.bytes).toString()).toBe(SCRIPT);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toMatch(/javascript/);
    const gz = await raw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.bytes).toString()).toBe(SCRIPT);
    const plain = await raw('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.toString()).toBe(SCRIPT);
  });

  it('leaves the API alone', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ about { version } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBeNull();
  });
});
