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
    compressAnswers(req, res, () => (api ? void withArrival(() => app.handle(req, res)) : assets(req, res)));
  });
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
