import type { Role } from '../../auth/viewer.js';

/** The organisation's identity provider, from OIDC_* (see config.ts); null when sign-in there is off. */
export interface OidcOptions {
  issuer: string;
  clientId: string;
  /** Absent for a public client: PKCE alone then protects the code. */
  clientSecret: string | null;
  /** This app's callback as registered at the provider: https://<host>/auth/oidc/callback. */
  redirectUri: string;
  /** Lower-case e-mail domains whose staff may sign in (region.dk, kommune.dk, …). */
  allowedDomains: string[];
  /** The claim holding the e-mail address (`email`; Entra ID may need `preferred_username`). */
  emailClaim: string;
  /** A claim whose values give EDITOR or ADMIN (`groups`, `roles`); null: roles are kept in the app. */
  roleClaim: string | null;
  editorValues: string[];
  adminValues: string[];
  scopes: string;
}

export type OidcClaims = Record<string, unknown>;

export type OidcDecision =
  | { kind: 'refused'; reason: 'no-subject' | 'no-email' | 'unverified-email' | 'domain' }
  | { kind: 'accepted'; subject: string; email: string; name: string; role: Role | null; emailVerified: boolean };

/**
 * Whether these claims may sign in, as whom, and (when a role claim is configured) with
 * which role. Pure: the caller finds or creates the account. A provider that says the e-mail
 * is unverified is refused; one that says nothing about it may sign in to an account it makes
 * or is bound to, but is not trusted to bind an existing account by its e-mail
 * (`emailVerified`, oidc-account.ts).
 */
export function decideOidcSignIn(claims: OidcClaims, o: OidcOptions): OidcDecision {
  // The provider's id for the person, never reassigned (unlike an e-mail address): the account
  // is bound to it at the first sign-in (oidc-account.ts).
  if (typeof claims.sub !== 'string' || !claims.sub) return { kind: 'refused', reason: 'no-subject' };
  const raw = claims[o.emailClaim];
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) return { kind: 'refused', reason: 'no-email' };
  // Some providers (AWS Cognito among them) send the claim as a string: "false" is as unverified
  // as false, and only true or "true" is a provider saying it verified the address.
  const verified = claims.email_verified;
  const emailVerified = verified === true || verified === 'true';
  if (verified !== undefined && verified !== null && !emailVerified) return { kind: 'refused', reason: 'unverified-email' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!o.allowedDomains.includes(domain)) return { kind: 'refused', reason: 'domain' };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email.slice(0, email.indexOf('@'));
  return {
    kind: 'accepted',
    subject: oidcSubject(o.issuer, claims.sub),
    email,
    name,
    role: o.roleClaim ? roleFromClaim(claims[o.roleClaim], o) : null,
    emailVerified,
  };
}

function roleFromClaim(value: unknown, o: OidcOptions): Role {
  const values = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []).map(String);
  if (values.some((v) => o.adminValues.includes(v))) return 'ADMIN';
  if (values.some((v) => o.editorValues.includes(v))) return 'EDITOR';
  return 'VIEWER';
}

/** Where to send the browser after sign-in: a path on this site only, never another host. */
export function safeReturnPath(value: string | null | undefined): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a return path with control characters is refused
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return '/rediger';
  // A Location header holds bytes: a path with a character outside ASCII (a link anyone can
  // send: /auth/oidc/login?return=/%C4%81) made the callback fail after the session was stored
  // (an outside probe). Such characters travel percent-encoded; a lone surrogate is refused.
  try {
    return value.slice(0, 500).replace(/[^\u0021-\u007e]+/gu, (c) => encodeURIComponent(c));
  } catch {
    return '/rediger';
  }
}

/** The person at the provider: its issuer and `sub` (a `sub` is unique only within its issuer). */
export const oidcSubject = (issuer: string, sub: string): string => `${issuer} ${sub}`;
