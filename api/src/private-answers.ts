import type { Plugin } from 'graphql-yoga';
import { SESSION_COOKIE } from './auth/session-token.js';

/**
 * `Cache-Control: no-store` on every answer that may hold what only its reader may see: one to a
 * request with a session (the cookie or a bearer token: named people, their e-mails and phones,
 * the user list, the access log) and one that sets a cookie (a sign-in's answer holds the token).
 * Without it, a browser on a shared computer in a clinic or a town hall, or a proxy between, may
 * keep a signed-in GET's answer on disk after sign-out (OWASP ASVS 8.2.1). Anonymous answers are
 * public data and keep what the server says otherwise.
 */
export function privateAnswers(): Plugin {
  return {
    onResponse({ request, response }) {
      if (hasSession(request) || response.headers.has('set-cookie')) response.headers.set('cache-control', 'no-store');
    },
  };
}

function hasSession(request: Request): boolean {
  if (request.headers.has('authorization')) return true;
  const cookie = request.headers.get('cookie');
  return cookie?.includes(`${SESSION_COOKIE}=`) === true;
}
