import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { oidcAccount } from '../../api/src/modules/auth/oidc-account.js';
import { oidcSubject } from '../../api/src/modules/auth/oidc-options.js';

/**
 * An account signed in to through the organisation's identity provider is bound to the person
 * there (issuer and sub), not to the e-mail address: a provider may give a leaver's address to
 * a newcomer, and some let a user set the e-mail claim. On the engine under test.
 */
const ISSUER = 'https://login.rm.dk';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const who = (sub: string, email: string, issuer = ISSUER, emailVerified = true) => ({
  subject: oidcSubject(issuer, sub),
  email,
  name: 'Navn',
  role: null,
  emailVerified,
});
const signIn = (w: ReturnType<typeof who>) => oidcAccount(t.db, t.queries, w);
const users = async (email: string) => (await t.db.run<{ user: { email: string } }>(t.queries.listUsers)).filter((r) => r.user.email === email).length;

describe('an account bound to the person at the identity provider', () => {
  it('is bound at the first sign-in; another person with the same e-mail is refused, the first still comes in', async () => {
    const first = await signIn(who('emp-1', 'sofie@rm.dk'));
    expect(first).toMatchObject({ kind: 'signed-in', created: true, bound: true });
    expect(await signIn(who('emp-2', 'sofie@rm.dk'))).toEqual({ kind: 'taken', userId: first.kind === 'signed-in' ? first.user.id : '' });
    expect(await signIn(who('emp-1', 'sofie@rm.dk'))).toMatchObject({ kind: 'signed-in', created: false, bound: false });
  });

  it('an account made here (with a password) is bound at its first sign-in there when the provider verified the e-mail, then held', async () => {
    await createUser(t.db, t.queries, { email: 'it@rm.dk', name: 'IT', role: 'EDITOR', password: 'en-lang-adgangskode' });
    expect(await signIn(who('it-1', 'it@rm.dk'))).toMatchObject({ kind: 'signed-in', created: false, bound: true, user: { role: 'EDITOR' } });
    expect(await signIn(who('someone-else', 'it@rm.dk'))).toMatchObject({ kind: 'taken' });
  });

  it('an e-mail the provider did not say it verified binds no account made here; an administrator is never bound by e-mail', async () => {
    // An outside probe: a provider account whose e-mail claim was the administrator's (no
    // email_verified) was bound to the break-glass administrator and signed in as ADMIN.
    const admin = await createUser(t.db, t.queries, { email: 'nødadgang@rm.dk', name: 'Nød', role: 'ADMIN', password: 'en-lang-adgangskode' });
    expect(await signIn(who('mallory', 'nødadgang@rm.dk', ISSUER, false))).toEqual({ kind: 'unlinked', userId: admin.id });
    expect(await signIn(who('mallory', 'nødadgang@rm.dk', ISSUER, true))).toEqual({ kind: 'unlinked', userId: admin.id });
    const editor = await createUser(t.db, t.queries, { email: 'redaktør@rm.dk', name: 'R', role: 'EDITOR', password: 'en-lang-adgangskode' });
    expect(await signIn(who('mallory', 'redaktør@rm.dk', ISSUER, false))).toEqual({ kind: 'unlinked', userId: editor.id });
    // Neither was bound: the real person's verified sign-in binds the editor.
    expect(await signIn(who('rigtig', 'redaktør@rm.dk'))).toMatchObject({ kind: 'signed-in', bound: true });
    const [row] = await t.db.run<{ user: { oidcSubject?: string } }>(t.queries.userByEmail, { email: 'nødadgang@rm.dk' });
    expect(row!.user.oidcSubject ?? null).toBeNull();
    // An account the provider made (bound at creation) signs in without the claim.
    await signIn(who('egen', 'egen@rm.dk', ISSUER, false));
    expect(await signIn(who('egen', 'egen@rm.dk', ISSUER, false))).toMatchObject({ kind: 'signed-in', bound: false });
  });

  it('a new provider (another issuer) binds again at the next sign-in', async () => {
    await signIn(who('old-1', 'flytter@rm.dk'));
    expect(await signIn(who('new-1', 'flytter@rm.dk', 'https://login.microsoftonline.com/tenant/v2.0'))).toMatchObject({ kind: 'signed-in', bound: true });
    expect(await signIn(who('old-1', 'flytter@rm.dk'))).toMatchObject({ kind: 'signed-in', bound: true });
  });

  it('the same first sign-in twice at once (two tabs) makes one account and signs both in to it', async () => {
    const [a, b] = await Promise.all([signIn(who('tabs-1', 'to.faner@rm.dk')), signIn(who('tabs-1', 'to.faner@rm.dk'))]);
    expect(a.kind).toBe('signed-in');
    expect(b.kind).toBe('signed-in');
    if (a.kind === 'signed-in' && b.kind === 'signed-in') expect(a.user.id).toBe(b.user.id);
    expect(await users('to.faner@rm.dk')).toBe(1);
  });
});
