import type http from 'node:http';
import compression from 'compression';

/**
 * Answers compressed for a client that asks (browsers do): the national gap report is ~410 kB of
 * JSON and a municipality's whole picture ~246 kB, a third of a second each on a 10 Mbit/s line;
 * the web app's first screen is ~250 kB of JavaScript gzipped and several times that without.
 * Brotli at quality 4 or gzip, in zlib's thread pool, not on the main thread; answers under 1 kB
 * as they are. Never an answer that sets a cookie: a sign-in's token is in its body, and a
 * compressed secret beside text a page can choose leaks by its length (BREACH).
 */
const compressible = (req: http.IncomingMessage, res: http.ServerResponse): boolean =>
  !res.hasHeader('set-cookie') && compression.filter(req as never, res as never);
const middleware = compression({ filter: compressible });

/**
 * Runs `next` with the response compressed as above (compression's types are Express's; it needs
 * only Node's). A client that sends no Accept-Encoding (or an empty one) is never sent an encoding,
 * so the middleware's four wrappers, listener, negotiation and header parsing per request would
 * change nothing but `Vary`: such a request gets only that, set as the middleware sets it (see
 * `varyAsCompressionWould`): `{ __typename }` over HTTP 579 -> 533 µs of CPU per request
 * (server and client in one process, 10 alternated rounds, load 13).
 */
export function compressAnswers(req: http.IncomingMessage, res: http.ServerResponse, next: () => void): void {
  if (req.headers['accept-encoding']) middleware(req as never, res as never, next);
  else {
    varyAsCompressionWould(req, res);
    next();
  }
}

const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/;

/**
 * `Vary: Accept-Encoding` when the headers are written, on the answers the middleware would have
 * given it (compressible, no cookie set, no `Cache-Control: no-transform`), appended as its `vary`
 * appends. The headers a writeHead call passes are set first, as the middleware's on-headers does,
 * so they are seen here and written as before.
 */
function varyAsCompressionWould(req: http.IncomingMessage, res: http.ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithVary(this: http.ServerResponse, status: number, ...rest: unknown[]) {
    res.writeHead = writeHead;
    this.statusCode = status;
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    if (headers) {
      setHeadersFrom(this, headers);
      rest = typeof rest[0] === 'string' ? [rest[0]] : [];
    }
    if (compressible(req, this) && !NO_TRANSFORM.test(String(this.getHeader('Cache-Control') ?? ''))) {
      this.setHeader('Vary', withAcceptEncoding(this.getHeader('Vary')));
    }
    return writeHead.call(this, status, ...(rest as [])) as http.ServerResponse;
  } as typeof res.writeHead;
}

/** The headers object or array a writeHead call passes, set one by one as on-headers sets them. */
function setHeadersFrom(res: http.ServerResponse, headers: unknown): void {
  if (!Array.isArray(headers)) {
    for (const k of Object.keys(headers as object)) if (k) res.setHeader(k, (headers as Record<string, string>)[k]!);
  } else if (headers.length > 0 && Array.isArray(headers[0])) {
    for (const [k, v] of headers as [string, string][]) if (k) res.setHeader(k, v);
  } else {
    if (headers.length % 2 !== 0) throw new TypeError('headers array is malformed');
    for (let i = 0; i < headers.length; i += 2) res.removeHeader(headers[i] as string);
    for (let i = 0; i < headers.length; i += 2) if (headers[i]) res.appendHeader(headers[i] as string, headers[i + 1] as string);
  }
}

/** The `vary` package's append of Accept-Encoding: as it is when there or `*`, else added after a comma. */
function withAcceptEncoding(current: ReturnType<http.ServerResponse['getHeader']>): string {
  const value = !current ? '' : Array.isArray(current) ? current.join(', ') : String(current);
  if (value === '*') return value;
  const fields = varyFields(value.toLowerCase());
  if (fields.includes('*')) return '*';
  if (fields.includes('accept-encoding')) return value;
  return value ? `${value}, Accept-Encoding` : 'Accept-Encoding';
}

/** A Vary header's fields as `vary` reads them: split at commas, spaces (only) around each dropped. */
function varyFields(header: string): string[] {
  return header.split(',').map((f) => f.replace(/^ +| +$/g, ''));
}
