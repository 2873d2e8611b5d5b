import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import { renderGraphiQL } from 'graphql-yoga';
import { GRAPHIQL } from './app.js';

export interface SecurityHeaderOptions {
  /** Served over HTTPS (SECURE_COOKIES): add HSTS and upgrade-insecure-requests. */
  secure: boolean;
  /** GraphiQL is on (development): its page at GET /graphql gets a policy of its own. */
  graphiql: boolean;
}

/** The one stylesheet Cytoscape injects into the page (its container's `position: relative`). */
const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Directives both pages share: nothing from elsewhere, no plugins, no framing, no <base>. */
const COMMON = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'script-src-attr': ["'none'"],
};

/**
 * The web app's policy, as narrow as what the built app loads: its own scripts, styles, fonts
 * and requests; images also as data: and blob: URLs (the favicon, the map's PNG export).
 */
function appDirectives(): Record<string, string[]> {
  return {
    ...COMMON,
    'script-src': ["'self'"],
    'style-src': ["'self'", sha256(CYTOSCAPE_STYLESHEET)],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
  };
}

/**
 * GraphiQL's page (development only) loads yoga's GraphiQL build from unpkg and runs two inline
 * scripts, allowed by their hashes; its editor (Monaco) sets styles inline and runs workers from
 * blob: URLs.
 */
function graphiqlDirectives(): Record<string, string[]> {
  // The page exactly as yoga renders it for createApp's options.
  const html = renderGraphiQL(GRAPHIQL);
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
  return {
    ...COMMON,
    'script-src': ["'self'", 'https://unpkg.com', ...inline],
    'style-src': ["'self'", 'https://unpkg.com', "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https://raw.githubusercontent.com'],
    'font-src': ["'self'", 'https://unpkg.com', 'data:'],
    'connect-src': ["'self'", 'https://unpkg.com'],
    'worker-src': ["'self'", 'blob:'],
  };
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

function headers(directives: Record<string, string[]>, secure: boolean): Middleware {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, ...(secure ? { 'upgrade-insecure-requests': [] } : {}) } },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: secure ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: false } : false,
  }) as Middleware;
}

/**
 * Sets the security headers on every response of the server, the web app's and the API's
 * alike (helmet): the content security policy, nosniff, strict-origin-when-cross-origin,
 * no framing (frame-ancestors and X-Frame-Options), cross-origin isolation of windows and
 * resources, and HSTS when served over HTTPS.
 */
export function securityHeaders(options: SecurityHeaderOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const app = headers(appDirectives(), options.secure);
  const graphiql = options.graphiql ? headers(graphiqlDirectives(), options.secure) : null;
  const done = () => {};
  return (req, res) => {
    const page = graphiql && isGraphiQLRequest(req) ? graphiql : app;
    page(req, res, done);
  };
}

/** The request yoga answers with GraphiQL: a GET of /graphql that accepts HTML. */
function isGraphiQLRequest(req: IncomingMessage): boolean {
  const pathname = (req.url ?? '/').split('?')[0]!;
  return req.method === 'GET' && (pathname === '/graphql' || pathname === '/graphql/') && (req.headers.accept ?? '').includes('text/html');
}
