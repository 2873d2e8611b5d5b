import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { SignInThrottle } from '../../api/src/auth/sign-in-throttle.js';
import { verifyPassword, hashPassword } from '../../api/src/auth/password.js';
import { createUser, ensureAdmin } from '../../api/src/modules/auth/auth-store.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

let t: TestApp;
const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  await createUser(t.db, t.queries, { email: 'Editor@Example.dk', name: 'Eva Editor', role: 'EDITOR', password: PASSWORD });
});
afterAll(() => t.close());

async function call<T = unknown>(app: ReturnType<typeof createApp>, query: string, variables: object = {}, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { res, body: (await res.json()) as GqlResult<T> };
}

interface SignIn {
  signIn: { token: string; expiresAt: string; user: { email: string; role: string; name: string } };
}
interface Me {
  me: { email: string; role?: string } | null;
}

const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token expiresAt user { email role name } } }`;

describe('passwords', () => {
  it('hashes with scrypt and verifies only the right password', async () => {
    const hash = await hashPassword('hemmeligt-ord');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('hemmeligt-ord', hash)).toBe(true);
    expect(await verifyPassword('hemmeligt-orD', hash)).toBe(false);
  });
});

describe('sign-in, sessions and me', () => {
  it('is anonymous without a session', async () => {
    const { body } = await call<Me>(t.app, '{ me { email } }');
    expect(body.data!.me).toBeNull();
  });

  it('refuses a wrong password and an unknown user with the same UNAUTHENTICATED answer', async () => {
    const wrong = await call(t.app, SIGN_IN, { email: 'editor@example.dk', password: 'nope-nope-nope' });
    const unknown = await call(t.app, SIGN_IN, { email: 'ghost@example.dk', password: 'nope-nope-nope' });
    expect(wrong.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(unknown.body.errors![0]!.message).toBe(wrong.body.errors![0]!.message);
  });

  it('signs in (e-mail case-insensitive), sets an HttpOnly SameSite cookie and accepts it and the bearer token', async () => {
    const { res, body } = await call<SignIn>(t.app, SIGN_IN, { email: 'EDITOR@example.dk', password: PASSWORD });
    expect(body.errors).toBeUndefined();
    expect(body.data!.signIn.user).toEqual({ email: 'editor@example.dk', role: 'EDITOR', name: 'Eva Editor' });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^haenderne_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = body.data!.signIn.token;

    const byBearer = await call<Me>(t.app, '{ me { email role } }', {}, { authorization: `Bearer ${token}` });
    expect(byBearer.body.data!.me).toEqual({ email: 'editor@example.dk', role: 'EDITOR' });
    const byCookie = await call<Me>(t.app, '{ me { email } }', {}, { cookie: `other=1; haenderne_session=${token}` });
    expect(byCookie.body.data!.me!.email).toBe('editor@example.dk');

    const out = await call<{ signOut: boolean }>(t.app, 'mutation { signOut }', {}, { authorization: `Bearer ${token}` });
    expect(out.body.data!.signOut).toBe(true);
    const after = await call<Me>(t.app, '{ me { email } }', {}, { authorization: `Bearer ${token}` });
    expect(after.body.data!.me).toBeNull();
  });

  it('treats an expired session as anonymous', async () => {
    const app = createApp({ db: t.db, queries: t.queries, settings: { sessionHours: 1 / 3_600_000 } });
    const { body } = await call<SignIn>(app, SIGN_IN, { email: 'editor@example.dk', password: PASSWORD });
    await new Promise((r) => setTimeout(r, 20));
    const me = await call<Me>(app, '{ me { email } }', {}, { authorization: `Bearer ${body.data!.signIn.token}` });
    expect(me.body.data!.me).toBeNull();
  });

  it('throttles repeated failures from one client, even for the right password', async () => {
    const app = createApp({ db: t.db, queries: t.queries, throttle: new SignInThrottle({ accountLimit: 3, firstWaitMs: 60_000 }) });
    for (let i = 0; i < 3; i++) await call(app, SIGN_IN, { email: 'editor@example.dk', password: `wrong-${i}-wrong` });
    const blocked = await call(app, SIGN_IN, { email: 'editor@example.dk', password: PASSWORD });
    expect(blocked.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(blocked.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('the first administrator', () => {
  it('is created from the environment once, and only into an empty user list', async () => {
    const fresh = await createTestApp({ seed: false });
    try {
      expect(await ensureAdmin(fresh.db, fresh.queries, { email: 'admin@example.dk', password: 'admin-password-123' })).toBe(true);
      expect(await ensureAdmin(fresh.db, fresh.queries, { email: 'admin2@example.dk', password: 'admin-password-123' })).toBe(false);
      const { body } = await call<SignIn>(fresh.app, SIGN_IN, { email: 'admin@example.dk', password: 'admin-password-123' });
      expect(body.data!.signIn.user.role).toBe('ADMIN');
    } finally {
      await fresh.close();
    }
  });
});
