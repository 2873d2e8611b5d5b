import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config.js';
import { decideOidcSignIn, safeReturnPath, type OidcOptions } from '../../api/src/modules/auth/oidc-options.js';

const options: OidcOptions = {
  issuer: 'https://login.rm.dk',
  clientId: 'haenderne',
  clientSecret: null,
  redirectUri: 'https://haenderne.rm.dk/auth/oidc/callback',
  allowedDomains: ['rm.dk', 'aarhus.dk'],
  emailClaim: 'email',
  roleClaim: 'groups',
  editorValues: ['haenderne-redaktoerer'],
  adminValues: ['haenderne-admins'],
  scopes: 'openid email profile',
};

describe('who may sign in through the identity provider', () => {
  it('accepts an allowed domain (any case) as a viewer, with the name from the claims or the address', () => {
    expect(decideOidcSignIn({ sub: 's1', email: 'Anna.Berg@RM.dk', name: ' Anna Berg ' }, options)).toEqual({
      kind: 'accepted',
      subject: 'https://login.rm.dk s1',
      email: 'anna.berg@rm.dk',
      name: 'Anna Berg',
      role: 'VIEWER',
      emailVerified: false,
    });
    expect(decideOidcSignIn({ sub: 's1', email: 'bo@aarhus.dk' }, options)).toMatchObject({ name: 'bo', role: 'VIEWER' });
  });

  it('gives the role the claim names, admin before editor, from a list or a space-separated string', () => {
    expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', groups: ['x', 'haenderne-redaktoerer'] }, options)).toMatchObject({ role: 'EDITOR' });
    expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', groups: ['haenderne-redaktoerer', 'haenderne-admins'] }, options)).toMatchObject({ role: 'ADMIN' });
    expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', groups: 'other haenderne-admins' }, options)).toMatchObject({ role: 'ADMIN' });
    // Without a role claim the app keeps the role an administrator gave.
    expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', groups: ['haenderne-admins'] }, { ...options, roleClaim: null })).toMatchObject({ role: null });
  });

  it('refuses another domain, a look-alike domain, an unverified address and a missing one', () => {
    expect(decideOidcSignIn({ sub: 's1', email: 'a@gmail.com' }, options)).toEqual({ kind: 'refused', reason: 'domain' });
    expect(decideOidcSignIn({ sub: 's1', email: 'a@evil-rm.dk' }, options)).toEqual({ kind: 'refused', reason: 'domain' });
    expect(decideOidcSignIn({ sub: 's1', email: 'a@sub.rm.dk' }, options)).toEqual({ kind: 'refused', reason: 'domain' });
    expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', email_verified: false }, options)).toEqual({ kind: 'refused', reason: 'unverified-email' });
    // A provider that sends the claim as a string (an outside probe: "false" was let in).
    for (const unverified of ['false', 'no', 0, ''])
      expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', email_verified: unverified }, options)).toEqual({ kind: 'refused', reason: 'unverified-email' });
    for (const verified of [true, 'true'])
      expect(decideOidcSignIn({ sub: 's1', email: 'a@rm.dk', email_verified: verified }, options)).toMatchObject({ emailVerified: true });
    expect(decideOidcSignIn({ sub: '123' }, options)).toEqual({ kind: 'refused', reason: 'no-email' });
    expect(decideOidcSignIn({ sub: 's1', preferred_username: 'a@rm.dk' }, { ...options, emailClaim: 'preferred_username' })).toMatchObject({
      kind: 'accepted',
    });
  });

  it("refuses claims without the provider's id for the person (sub), to which the account is bound", () => {
    expect(decideOidcSignIn({ email: 'a@rm.dk' }, options)).toEqual({ kind: 'refused', reason: 'no-subject' });
    expect(decideOidcSignIn({ sub: '', email: 'a@rm.dk' }, options)).toEqual({ kind: 'refused', reason: 'no-subject' });
  });

  it('returns to a path on this site only', () => {
    expect(safeReturnPath('/kontakt?fra=org:x')).toBe('/kontakt?fra=org:x');
    for (const bad of [null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'kontakt', '/x\ny'])
      expect(safeReturnPath(bad)).toBe('/rediger');
    // A Location header holds bytes: characters outside ASCII travel percent-encoded (an outside
    // probe's /\u0101 made the callback fail after the session was stored); a lone surrogate is refused.
    expect(safeReturnPath('/\u0101')).toBe('/%C4%81');
    expect(safeReturnPath('/kort?q=Ærø kommune')).toBe('/kort?q=%C3%86r%C3%B8%20kommune');
    expect(safeReturnPath('/x\ud800')).toBe('/rediger');
    expect(() => new Headers({ location: safeReturnPath('/\u0101') })).not.toThrow();
  });
});

describe('configuration of the identity provider', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-config-'));
  const base = {
    OIDC_ISSUER: 'https://login.rm.dk/realms/staff',
    OIDC_CLIENT_ID: 'haenderne',
    OIDC_REDIRECT_URI: 'https://haenderne.rm.dk/auth/oidc/callback',
    OIDC_ALLOWED_DOMAINS: 'rm.dk, Aarhus.dk',
  };

  it('is off without OIDC_ISSUER and reads every variable with it', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: dir() }).oidc).toBeNull();
    const c = loadConfig({ GRAPH_DATA_DIR: dir(), ...base, OIDC_ROLE_CLAIM: 'groups', OIDC_EDITOR_VALUES: 'a, b', OIDC_ADMIN_VALUES: 'c' });
    expect(c.oidc).toMatchObject({
      allowedDomains: ['rm.dk', 'aarhus.dk'],
      roleClaim: 'groups',
      editorValues: ['a', 'b'],
      adminValues: ['c'],
      clientSecret: null,
      emailClaim: 'email',
      scopes: 'openid email profile',
    });
    expect(c.settings.organisationSignIn).toBe(true);
  });

  it.each([
    [{ OIDC_CLIENT_ID: undefined }, /^OIDC_CLIENT_ID must be set when OIDC_ISSUER is set$/],
    [{ OIDC_ALLOWED_DOMAINS: undefined }, /^OIDC_ALLOWED_DOMAINS must be set/],
    [{ OIDC_ALLOWED_DOMAINS: 'rm.dk; aarhus' }, /^OIDC_ALLOWED_DOMAINS="rm.dk; aarhus" must be e-mail domains/],
    [{ OIDC_REDIRECT_URI: 'https://haenderne.rm.dk/callback' }, /^OIDC_REDIRECT_URI=".*" must be a URL ending in \/auth\/oidc\/callback$/],
    [{ OIDC_ISSUER: 'http://login.rm.dk' }, /^OIDC_ISSUER=".*" must use https \(http only on loopback\)$/],
    [{ OIDC_ISSUER: 'not a url' }, /^OIDC_ISSUER="not a url" must be a URL/],
    [{ OIDC_SCOPES: 'email profile' }, /^OIDC_SCOPES=".*" must include openid$/],
  ])('rejects %o with one line naming it', (change, message) => {
    expect(() => loadConfig({ GRAPH_DATA_DIR: dir(), ...base, ...change })).toThrow(message);
  });

  it('allows plain HTTP for a provider on loopback only', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), ...base, OIDC_ISSUER: 'http://127.0.0.1:9000' }).oidc?.issuer).toBe('http://127.0.0.1:9000');
  });
});
