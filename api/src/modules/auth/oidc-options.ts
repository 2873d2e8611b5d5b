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
  | { kind: 'accepted'; subject: string; email: string; name: string; role: Role | null };

/**
 * Whether these claims may sign in, as whom, and (when a role claim is configured) with
 * which role. Pure: the caller finds or creates the account. A provider that says the e-mail
 * is unverified is refused; one that says nothing about it is trusted, as most workforce
 * providers only hand out addresses they issued.
 */
export function decideOidcSignIn(claims: OidcClaims, o: OidcOptions): OidcDecision {
  // The provider's id for the person, never reassigned (unlike an e-mail address): the account
  // is bound to it at the first sign-in (oidc-account.ts).
  if (typeof claims.sub !== 'string' || !claims.sub) return { kind: 'refused', reason: 'no-subject' };
  const raw = claims[o.emailClaim];
  const email = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) return { kind: 'refused', reason: 'no-email' };
  if (claims.email_verified === false) return { kind: 'refused', reason: 'unverified-email' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (!o.allowedDomains.includes(domain)) return { kind: 'refused', reason: 'domain' };
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email.slice(0, email.indexOf('@'));
  return { kind: 'accepted', subject: oidcSubject(o.issuer, claims.sub), email, name, role: o.roleClaim ? roleFromClaim(claims[o.roleClaim], o) : null };
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
  if (!value?.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return '/rediger';
  return value.slice(0, 500);
}

/** The person at the provider: its issuer and `sub` (a `sub` is unique only within its issuer). */
export const oidcSubject = (issuer: string, sub: string): string => `${issuer} ${sub}`;
