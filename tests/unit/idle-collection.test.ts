import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenIdle, fullCollector } from '../../api/src/idle-collection.js';

/**
 * The server's full GC once it is idle (docs/DESIGN.md, Memory of the API process): never while
 * a request is in flight, two collections per quiet spell, none without requests. A real HTTP
 * server and real sockets; the collector counts its calls.
 */
const IDLE_MS = 60;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: http.Server;
let url: string;
let release: () => void = () => {};

async function startServer(): Promise<void> {
  server = http.createServer((req, res) => {
    if (req.url === '/slow') {
      release = () => res.end('slow');
      return;
    }
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  release();
  await new Promise((r) => server.close(r));
});

describe('collectWhenIdle', () => {
  it('collects twice once the server has been idle after a request, and not again until the next', async () => {
    await startServer();
    let calls = 0;
    const idle = collectWhenIdle(server, IDLE_MS, () => calls++);
    await sleep(IDLE_MS * 3);
    expect(calls).toBe(0); // no request, no work
    await (await fetch(`${url}/`)).text();
    await sleep(IDLE_MS / 3);
    expect(calls).toBe(0); // not yet idle long enough
    await sleep(IDLE_MS * 4);
    expect(calls).toBe(2);
    expect(idle.runs()).toBe(1);
    await sleep(IDLE_MS * 3);
    expect(calls).toBe(2); // once per quiet spell
    idle.stop();
  });

  it('never collects while a request is in flight', async () => {
    await startServer();
    let calls = 0;
    const idle = collectWhenIdle(server, IDLE_MS, () => calls++);
    await (await fetch(`${url}/`)).text();
    const slow = fetch(`${url}/slow`); // arrives before the idle timer fires and stays open
    await sleep(IDLE_MS * 4);
    expect(calls).toBe(0);
    release();
    await (await slow).text();
    await sleep(IDLE_MS * 3);
    expect(calls).toBe(2);
    idle.stop();
  });

  it('does not collect after probes alone (/ready, /health, /metrics)', async () => {
    await startServer();
    let calls = 0;
    const idle = collectWhenIdle(server, IDLE_MS, () => calls++);
    for (const path of ['/ready', '/health', '/metrics?x=1']) await (await fetch(`${url}${path}`)).text();
    await sleep(IDLE_MS * 4);
    expect(calls).toBe(0);
    await (await fetch(`${url}/graphql`)).text();
    await sleep(IDLE_MS * 4);
    expect(calls).toBe(2);
    idle.stop();
  });

  it('does nothing after stop()', async () => {
    await startServer();
    let calls = 0;
    collectWhenIdle(server, IDLE_MS, () => calls++).stop();
    await (await fetch(`${url}/`)).text();
    await sleep(IDLE_MS * 3);
    expect(calls).toBe(0);
  });
});

describe('fullCollector', () => {
  it("is V8's gc, though the process was started without --expose-gc", async () => {
    server = http.createServer(); // afterEach closes a server
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const gc = fullCollector();
    expect(gc).toBeTypeOf('function');
    let garbage: object | null = { big: new Array(1000).fill('x') };
    const ref = new WeakRef(garbage);
    garbage = null;
    await sleep(0); // a WeakRef keeps its target until the job that made it ends
    gc!();
    expect(ref.deref()).toBeUndefined();
  });
});
