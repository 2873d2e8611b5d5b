import http from 'node:http';
import fs from 'node:fs';
import sirv from 'sirv';
import type { App } from './app.js';
import { withArrival } from './db/arrival.js';
import { webDistDir } from './paths.js';
import { EXTRA_API_PATHS } from './observability/api-paths.js';
import { securityHeaders, type SecurityHeaderOptions } from './security-headers.js';
import { compressAnswers } from './http-compression.js';

const API_PATHS = ['/graphql', '/health', '/ready', ...EXTRA_API_PATHS];

/**
 * One port for both: the API paths go to yoga, everything else is the built web app. Every
 * response carries the security headers (see security-headers.ts).
 */
export function createHttpServer(app: App, webDir: string = webDistDir, security: SecurityHeaderOptions = { secure: false, graphiql: false }): http.Server {
  const hasWeb = fs.existsSync(webDir);
  const assets = hasWeb ? sirv(webDir, { single: true, etag: true, brotli: true, gzip: true, setHeaders: setCaching }) : null;
  const withHeaders = securityHeaders(security);
  return http.createServer((req, res) => {
    withHeaders(req, res);
    const pathname = (req.url ?? '/').split('?')[0]!;
    const api = API_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)) || !assets;
    compressAnswers(req, res, () => (api ? void withArrival(() => app.handle(req, res)) : serveFile(assets, req, res)));
  });
}

/** One byte range, first to last or first to the end; sirv reads no other form safely. */
const ONE_RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/;

/**
 * The web app's files. A Range sirv cannot serve is ignored (the whole file, as RFC 9110 lets a
 * server do): an outside probe sent `Range: bytes=10-5` and sirv's createReadStream threw
 * outside any handler, which ended the process (the API with it, and the sign-in locks it held
 * in memory). Anything else a file read throws is a 500, never the process.
 */
function serveFile(assets: ReturnType<typeof sirv>, req: http.IncomingMessage, res: http.ServerResponse): void {
  const range = req.headers.range;
  if (range !== undefined) {
    const m = ONE_RANGE.exec(range);
    if (!m || (m[2] !== '' && Number(m[2]) < Number(m[1]))) delete req.headers.range;
  }
  try {
    assets(req, res);
  } catch {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Internal error\n');
  }
}

/**
 * Vite names every file it writes under /assets/ by a hash of its content, so such a file never
 * changes: a browser keeps it for a year without asking again (a returning user's map starts
 * without ~10 revalidations). Everything else, index.html above all, is asked again each time
 * (`no-cache`: revalidated with its ETag), so a new version is seen on the next load.
 */
function setCaching(res: http.ServerResponse, pathname: string): void {
  res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}
