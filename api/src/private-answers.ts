import type { Plugin } from 'graphql-yoga';
import { tokenFromRequest } from './auth/session-token.js';

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
      // The session as the request context reads it (a forged or expired token counts too).
      if (tokenFromRequest(request) !== null || response.headers.has('set-cookie')) response.headers.set('cache-control', 'no-store');
    },
  };
}
