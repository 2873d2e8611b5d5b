import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { parseTrustProxy } from '../../api/src/auth/client-address.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { gqlBody, loopbackServer, type HttpAnswer, type LoopbackServer } from '../support/http-client.js';

interface SignedIn {
  signIn: { token: string };
}

/**
 * Sign-in throttling as an outsider meets it, over HTTP from several loopback addresses: a
 * guessing client waits, nobody else does; X-Forwarded-For counts only from a trusted proxy;
 * administrators see and lift locks, and the audit trail has each.
 */
let t: TestApp;
let direct: LoopbackServer;
let proxied: LoopbackServer;
let admin: Record<string, string>;
const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const LOCKS = `{ signInLocks { id kind email client failures retryAfterSeconds } }`;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  for (const who of ['eva', 'ole', 'admin'])
    await createUser(t.db, t.queries, { email: `${who}@example.dk`, name: who, role: who === 'admin' ? 'ADMIN' : 'EDITOR', password: PASSWORD });
  admin = await signedIn(t, 'ADMIN');
  direct = await loopbackServer(createApp({ db: t.db, queries: t.queries }));
  // Behind a proxy on this machine: only it may say who the client is.
  proxied = await loopbackServer(createApp({ db: t.db, queries: t.queries, settings: { trustProxy: parseTrustProxy('127.0.0.1') } }));
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
  await t.close();
});

const code = (a: HttpAnswer) => gqlBody(a).errors?.[0]?.extensions?.code ?? null;
const signIn = (server: LoopbackServer, from: string, email: string, password: string, headers: Record<string, string> = {}) =>
  server.gql(from, SIGN_IN, { e: email, p: password }, headers);
async function guess(server: LoopbackServer, from: string, email: string, times: number, headers: (i: number) => Record<string, string> = () => ({})) {
  const codes: Array<string | null> = [];
  for (let i = 0; i < times; i++) codes.push(code(await signIn(server, from, email, `wrong-${i}-wrong`, headers(i))));
  return codes;
}

describe('sign-in throttle, from outside', () => {
  it('five wrong passwords make that client wait for that account; another client signs in to it at once', async () => {
    expect(await guess(direct, '127.0.0.2', 'eva@example.dk', 6)).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'FORBIDDEN']);
    const refused = await signIn(direct, '127.0.0.2', 'eva@example.dk', PASSWORD);
    expect(code(refused)).toBe('FORBIDDEN');
    expect(gqlBody(refused).errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const owner = await signIn(direct, '127.0.0.3', 'eva@example.dk', PASSWORD);
    expect(gqlBody(owner).errors).toBeUndefined();
    expect(owner.headers['set-cookie']?.[0]).toMatch(/^haenderne_session=/);
  });

  it('wrong passwords for many accounts from one client lock nobody else out (the administrator included)', async () => {
    for (let i = 0; i < 12; i++) expect(code(await signIn(direct, '127.0.0.4', `someone-${i}@example.dk`, 'wrong-password-123'))).toBe('UNAUTHENTICATED');
    expect(gqlBody<SignedIn>(await signIn(direct, '127.0.0.5', 'admin@example.dk', PASSWORD)).data?.signIn.token).toBeTruthy();
    expect(gqlBody<SignedIn>(await signIn(direct, '127.0.0.5', 'ole@example.dk', PASSWORD)).data?.signIn.token).toBeTruthy();
  });

  it('a made-up X-Forwarded-For with each attempt changes nothing without a trusted proxy', async () => {
    const codes = await guess(direct, '127.0.0.6', 'ole@example.dk', 7, (i) => ({ 'x-forwarded-for': `198.51.100.${i + 1}` }));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('behind a trusted proxy, the client is the address the proxy saw, not one the client wrote', async () => {
    // The proxy (127.0.0.1) appends the address it saw; a client's own header stands further left.
    const via = (client: string, forged?: string) => ({ 'x-forwarded-for': forged ? `${forged}, ${client}` : client });
    expect(await guess(proxied, '127.0.0.1', 'ole@example.dk', 6, (i) => via('203.0.113.7', `198.51.100.${i + 1}`))).toEqual([
      ...Array(5).fill('UNAUTHENTICATED'),
      'FORBIDDEN',
    ]);
    expect(gqlBody<SignedIn>(await signIn(proxied, '127.0.0.1', 'ole@example.dk', PASSWORD, via('203.0.113.8'))).data?.signIn.token).toBeTruthy();
    // An address that is not the proxy's is a client itself, whatever it forwards.
    expect(code(await signIn(proxied, '127.0.0.7', 'ole@example.dk', 'wrong-password-123', via('203.0.113.8')))).toBe('UNAUTHENTICATED');
    const locks = gqlBody<{ signInLocks: Array<{ client: string; email: string }> }>(await proxied.gql('127.0.0.1', LOCKS, {}, admin)).data!.signInLocks;
    expect(locks.map((l) => [l.email, l.client])).toEqual([['ole@example.dk', '203.0.113.7']]);
  });
});

describe('sign-in locks for administrators', () => {
  it('lists the locks in force and lifts one; the lock and the lift are in the audit trail', async () => {
    await guess(direct, '127.0.0.8', 'admin@example.dk', 5);
    // Each API process keeps its own locks: ask the one the client signs in to.
    const locks = gqlBody<{ signInLocks: Array<{ id: string; email: string; client: string; kind: string; failures: number }> }>(
      await direct.gql('127.0.0.1', LOCKS, {}, admin),
    ).data!.signInLocks;
    const lock = locks.find((l) => l.client === '127.0.0.8')!;
    expect(lock).toMatchObject({ kind: 'ACCOUNT_CLIENT', email: 'admin@example.dk', failures: 5 });
    expect(code(await signIn(direct, '127.0.0.8', 'admin@example.dk', PASSWORD))).toBe('FORBIDDEN');

    const lifted = gqlBody<{ liftSignInLock: { id: string; client: string } }>(
      await direct.gql('127.0.0.1', `mutation($id: ID!) { liftSignInLock(id: $id) { id client } }`, { id: lock.id }, admin),
    );
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data?.liftSignInLock).toEqual({ id: lock.id, client: '127.0.0.8' });
    expect(gqlBody<SignedIn>(await signIn(direct, '127.0.0.8', 'admin@example.dk', PASSWORD)).data?.signIn.token).toBeTruthy();
    expect(code(await direct.gql('127.0.0.1', `mutation($id: ID!) { liftSignInLock(id: $id) { id } }`, { id: lock.id }, admin))).toBe('NOT_FOUND');

    const adminId = (await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, admin)).data!.me.id;
    const history = (
      await t.gql<{ history: Array<{ operation: string; actor: string; before: unknown; after: unknown }> }>(
        `query($id: ID!) { history(entityId: $id) { operation actor entityLabel before after } }`,
        { id: lock.id },
        admin,
      )
    ).data!.history;
    expect(history.map((h) => [h.operation, h.actor])).toEqual([
      ['UNLOCK', adminId],
      ['LOCK', 'system:sign-in-throttle'],
    ]);
    expect(history[1]!.after).toMatchObject({ kind: 'ACCOUNT_CLIENT', email: 'admin@example.dk', client: '127.0.0.8', failures: 5 });
    expect(history[0]!.before).toMatchObject({ id: lock.id, client: '127.0.0.8' });
  });

  it('are for administrators only', async () => {
    const editor = await signedIn(t, 'EDITOR');
    expect((await t.gql<unknown>(LOCKS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<unknown>(LOCKS, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<unknown>(`mutation { liftSignInLock(id: "sign-in-lock:x") { id } }`, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
