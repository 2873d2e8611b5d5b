import http, { type IncomingMessage } from 'node:http';
import fs from 'node:fs';
import sirv from 'sirv';
import type { App } from './app.js';
import { webDistDir } from './paths.js';
import { EXTRA_API_PATHS } from './observability/api-paths.js';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers.js';

const API_PATHS = ['/graphql', '/health', '/ready', ...EXTRA_API_PATHS];

/**
 * A request body up to this size, with its length declared, is read here before yoga sees it
 * (see withBody); a larger or chunked one is streamed to yoga, whose body limit judges it.
 */
const READ_AHEAD_BYTES = 16 * 1024;

/**
 * One port for both: the API paths go to yoga, everything else is the built web app. Every
 * response carries the security headers (see security-headers.ts).
 */
export function createHttpServer(app: App, webDir: string = webDistDir, security: SecurityHeaderOptions = { secure: false, graphiql: false }): http.Server {
  const hasWeb = fs.existsSync(webDir);
  const assets = hasWeb ? sirv(webDir, { single: true, etag: true, gzip: true }) : null;
  const withHeaders = securityHeaders(security);
  return http.createServer((req, res) => {
    withHeaders(req, res);
    const pathname = (req.url ?? '/').split('?')[0]!;
    if (API_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || !assets) {
      withBody(req, () => void app.handle(req, res));
      return;
    }
    assets(req, res);
  });
}

/**
 * Reads a small JSON body whose length is declared (every GraphQL POST of the web app) before
 * yoga sees it, and hands it over parsed in `req.body`: yoga's node adapter then answers the
 * request's json() with it instead of streaming the body through a pipeline with its own abort
 * signal and several turns of the event loop (~0.2 ms of a findContact over HTTP). Only a body
 * yoga's JSON parser would read (application/json, as isContentTypeMatch tells) that parses to
 * an object with a key is handed over parsed; any other read body goes over as its bytes, which
 * the adapter parses exactly as it would have parsed the stream, so every answer and error stays
 * the same. No body, a chunked or larger one, or a client that goes away: `next` as before.
 */
function withBody(req: IncomingMessage & { body?: unknown }, next: () => void): void {
  const declared = Number(req.headers['content-length']);
  if (req.method === 'GET' || req.method === 'HEAD' || !(declared > 0 && declared <= READ_AHEAD_BYTES) || req.headers['transfer-encoding'] !== undefined) {
    next();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
  };
  const done = (complete: boolean) => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onFail);
    req.off('aborted', onFail);
    if (complete && size > 0) {
      const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      req.body = (isJson(req.headers['content-type']) && parsedObject(bytes)) || bytes;
    }
    next();
  };
  const onEnd = () => done(true);
  const onFail = () => done(false);
  req.on('data', onData);
  req.once('end', onEnd);
  req.once('error', onFail);
  req.once('aborted', onFail);
}

/** yoga's test for its POST JSON parser (isPOSTJsonRequest), on the raw header. */
function isJson(contentType: string | undefined): boolean {
  const first = contentType?.split(',')[0];
  return !!first && ['application/json', 'application/graphql+json'].some((t) => first === t || first.startsWith(`${t};`));
}

/**
 * The body as the adapter's json() would give it, when that is an object with at least one key
 * (an empty one or any other value goes over as bytes): it decodes the bytes as UTF-8 and
 * parses them with JSON.parse, as here.
 */
function parsedObject(bytes: Buffer): object | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value !== null && typeof value === 'object' && Object.keys(value).length > 0 ? value : null;
  } catch {
    return null;
  }
}
