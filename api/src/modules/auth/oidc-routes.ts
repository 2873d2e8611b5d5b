import type { Plugin } from 'graphql-yoga';
import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { AppSettings } from '../../context.js';
import { SESSION_COOKIE } from '../../auth/session-token.js';
import type { Logger } from '../../observability/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import { startSession } from './auth-store.js';
import { oidcAccount } from './oidc-account.js';
import { OidcClient, type PendingSignIn } from './oidc-client.js';
import { decideOidcSignIn, safeReturnPath, type OidcOptions } from './oidc-options.js';

export const OIDC_PATH = '/auth/oidc';
const PENDING_COOKIE = 'haenderne_oidc';
/** Long enough to type a password and answer a second factor, short enough to be of no use later. */
const PENDING_SECONDS = 600;

/** Why the sign-in page is shown again, as `?login=` tells the web app. */
export type OidcOutcome = 'expired' | 'cancelled' | 'failed' | 'refused' | 'taken' | 'unlinked' | 'unavailable';

export interface OidcRouteDeps {
  db: GraphDb;
  queries: QueryCatalog;
  settings: AppSettings;
  logger: Logger;
  metrics: Metrics | null;
}

/**
 * GET /auth/oidc/login?return=<path> sends the browser to the provider; GET /auth/oidc/callback
 * takes it back, checks state, nonce and PKCE through openid-client, decides who may in
 * (allowed domains, role claim), finds or creates the account and starts the same session a
 * password sign-in starts (HttpOnly cookie). What the round trip needs (state, nonce, PKCE
 * verifier, where to return) waits in a short-lived HttpOnly cookie for this path only, so a
 * callback that did not start in this browser (login CSRF) or was altered is refused.
 */
export function useOidcRoutes(options: OidcOptions, deps: OidcRouteDeps): Plugin {
  const oidc = new OidcClient(options);
  const pendingCookie = (value: string, maxAge: number) => cookie(PENDING_COOKIE, value, { path: OIDC_PATH, maxAge, secure: deps.settings.secureCookies });
  const backToSignIn = (outcome: OidcOutcome) => redirect(`/rediger?login=${outcome}`, [pendingCookie('', 0)]);

  async function login(url: URL): Promise<Response> {
    try {
      const { url: to, pending } = await oidc.start(safeReturnPath(url.searchParams.get('return')));
      return redirect(to.href, [pendingCookie(Buffer.from(JSON.stringify(pending)).toString('base64url'), PENDING_SECONDS)]);
    } catch (err) {
      deps.logger.error({ err: brief(err) }, 'oidc: the identity provider cannot be reached');
      return backToSignIn('unavailable');
    }
  }

  async function callback(url: URL, request: Request): Promise<Response> {
    const pending = readPending(request);
    if (!pending) return refuse('expired', 'no sign-in was started in this browser, or it took too long');
    if (url.searchParams.has('error')) return refuse('cancelled', 'the provider answered with an error');
    let claims: Awaited<ReturnType<typeof oidc.finish>>;
    try {
      claims = await oidc.finish(url.search, pending);
    } catch (err) {
      deps.logger.warn({ err: brief(err) }, 'oidc: the callback did not hold (state, nonce, PKCE or token)');
      deps.metrics?.signIn('oidc', 'failure');
      return backToSignIn('failed');
    }
    const decision = decideOidcSignIn(claims, options);
    if (decision.kind === 'refused') {
      deps.metrics?.signIn('oidc', 'refused');
      deps.logger.info({ reason: decision.reason }, 'oidc: sign-in refused');
      return backToSignIn('refused');
    }
    let account: Awaited<ReturnType<typeof oidcAccount>>;
    let session: Awaited<ReturnType<typeof startSession>>;
    try {
      account = await oidcAccount(deps.db, deps.queries, decision);
      if (account.kind === 'taken') {
        deps.metrics?.signIn('oidc', 'refused');
        deps.logger.warn({ userId: account.userId }, 'oidc: sign-in refused: the account with this e-mail is bound to another person at the provider');
        return backToSignIn('taken');
      }
      if (account.kind === 'unlinked') {
        deps.metrics?.signIn('oidc', 'refused');
        deps.logger.warn(
          { userId: account.userId },
          'oidc: sign-in refused: an account with this e-mail exists and the e-mail alone may not bind it (an administrator, or no email_verified)',
        );
        return backToSignIn('unlinked');
      }
      const started = await startSession(deps.db, deps.queries, account.user.id, deps.settings.sessionHours);
      if (!started) throw new Error('the account was deleted during the sign-in');
      session = started;
    } catch (err) {
      deps.logger.error({ err: brief(err) }, 'oidc: the account or session could not be stored');
      deps.metrics?.signIn('oidc', 'failure');
      return backToSignIn('failed');
    }
    deps.metrics?.signIn('oidc', 'success');
    deps.logger.info(
      { userId: account.user.id, created: account.created, roleChanged: account.roleChanged, bound: account.bound, role: account.user.role },
      'oidc: signed in',
    );
    const maxAge = Math.floor((new Date(session.expiresAt).getTime() - Date.now()) / 1000);
    return redirect(pending.returnTo, [
      pendingCookie('', 0),
      cookie(SESSION_COOKIE, session.token, { path: '/', maxAge, secure: deps.settings.secureCookies }),
    ]);

    function refuse(outcome: OidcOutcome, why: string): Response {
      deps.metrics?.signIn('oidc', 'failure');
      deps.logger.warn({ outcome }, `oidc: ${why}`);
      return backToSignIn(outcome);
    }
  }

  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(`${OIDC_PATH}/`)) return;
      const route = url.pathname.slice(OIDC_PATH.length);
      if (request.method !== 'GET' || (route !== '/login' && route !== '/callback')) {
        return endResponse(new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain' } }));
      }
      endResponse(route === '/login' ? await login(url) : await callback(url, request));
    },
  };
}

function readPending(request: Request): PendingSignIn | null {
  const raw = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith(`${PENDING_COOKIE}=`))
    ?.slice(PENDING_COOKIE.length + 1);
  if (!raw) return null;
  try {
    const p = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    if (typeof p.state !== 'string' || typeof p.nonce !== 'string' || typeof p.verifier !== 'string') return null;
    return { state: p.state, nonce: p.nonce, verifier: p.verifier, returnTo: safeReturnPath(p.returnTo) };
  } catch {
    return null;
  }
}

/** HttpOnly and SameSite=Lax: sent on the provider's top-level redirect back, never to scripts or cross-site posts. */
function cookie(name: string, value: string, o: { path: string; maxAge: number; secure: boolean }): string {
  return `${name}=${value}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? '; Secure' : ''}`;
}

function redirect(location: string, cookies: string[]): Response {
  const headers = new Headers({ location, 'cache-control': 'no-store' });
  for (const c of cookies) headers.append('set-cookie', c);
  return new Response(null, { status: 302, headers });
}

/** The error's kind and message, without a stack or a response body that might echo a token. */
function brief(err: unknown): { name: string; code?: unknown; message: string } {
  const e = err as { name?: string; code?: unknown; message?: string };
  return { name: e?.name ?? 'Error', code: e?.code, message: String(e?.message ?? err).slice(0, 300) };
}
