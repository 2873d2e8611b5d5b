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

const who = (sub: string, email: string, issuer = ISSUER) => ({ subject: oidcSubject(issuer, sub), email, name: 'Navn', role: null });
const signIn = (w: ReturnType<typeof who>) => oidcAccount(t.db, t.queries, w);
const users = async (email: string) => (await t.db.run<{ user: { email: string } }>(t.queries.listUsers)).filter((r) => r.user.email === email).length;

describe('an account bound to the person at the identity provider', () => {
  it('is bound at the first sign-in; another person with the same e-mail is refused, the first still comes in', async () => {
    const first = await signIn(who('emp-1', 'sofie@rm.dk'));
    expect(first).toMatchObject({ kind: 'signed-in', created: true, bound: true });
    expect(await signIn(who('emp-2', 'sofie@rm.dk'))).toEqual({ kind: 'taken', userId: first.kind === 'signed-in' ? first.user.id : '' });
    expect(await signIn(who('emp-1', 'sofie@rm.dk'))).toMatchObject({ kind: 'signed-in', created: false, bound: false });
  });

  it('an account made here (with a password) is bound at its first sign-in there, then held', async () => {
    await createUser(t.db, t.queries, { email: 'it@rm.dk', name: 'IT', role: 'ADMIN', password: 'en-lang-adgangskode' });
    expect(await signIn(who('it-1', 'it@rm.dk'))).toMatchObject({ kind: 'signed-in', created: false, bound: true, user: { role: 'ADMIN' } });
    expect(await signIn(who('someone-else', 'it@rm.dk'))).toMatchObject({ kind: 'taken' });
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
