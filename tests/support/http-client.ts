import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../api/src/app.js';
import { createHttpServer } from '../../api/src/server.js';
import type { SecurityHeaderOptions } from '../../api/src/security-headers.js';
import type { GqlResult } from './test-app.js';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** The parsed body: unknown until the caller says what it expects (see `gqlBody`). */
  json(): unknown;
}

/** A GraphQL answer's body with the `extensions` the server may add (the response cache's bookkeeping). */
export type GqlBody<T> = GqlResult<T> & { extensions?: Record<string, unknown> };

/** An answer's body read as a GraphQL result whose `data` has the shape the query selects. */
export function gqlBody<T = unknown>(answer: { json(): unknown }): GqlBody<T> {
  return answer.json() as GqlBody<T>;
}

export interface LoopbackServer {
  url: string;
  /** A request from `from`, a loopback address of its own (127.0.0.2, 127.0.0.3, …): another client. */
  request(from: string, path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpAnswer>;
  /** A GraphQL POST from `from`. */
  gql(from: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/**
 * The real HTTP server over an app, on a free loopback port: requests reach it through a
 * socket, as an outsider's do, each from the loopback address it names (all of 127.0.0.0/8 is
 * this machine's), so tests can be several clients.
 */
export async function loopbackServer(app: App, options: { webDir?: string; security?: SecurityHeaderOptions } = {}): Promise<LoopbackServer> {
  const server = createHttpServer(app, options.webDir ?? '/no-web-build', options.security);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const request: LoopbackServer['request'] = (from, path, init = {}) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers ?? {}, localAddress: from, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode!, headers: res.headers, text, json: () => JSON.parse(text) });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(init.body);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    request,
    gql: (from, query, variables = {}, headers = {}) =>
      request(from, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
