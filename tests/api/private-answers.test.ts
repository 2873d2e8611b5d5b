import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { createTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

// What an outside probe asks: does an answer only its reader may see say "do not store me"?
let t: TestApp;
const PASSWORD = 'korrekt-hest-batteri-hæfteklamme';
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  await createUser(t.db, t.queries, { email: 'viewer@example.dk', name: 'Vera Viewer', role: 'VIEWER', password: PASSWORD });
});
afterAll(() => t.close());

const post = (query: string, variables: object = {}, headers: Record<string, string> = {}) =>
  t.app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

async function signedIn(): Promise<string> {
  const res = await post(SIGN_IN, { email: 'viewer@example.dk', password: PASSWORD });
  return ((await res.json()) as GqlResult<{ signIn: { token: string } }>).data!.signIn.token;
}

describe('answers only their reader may see are not stored', () => {
  it('a sign-in answer (the token in its body, the cookie set) says no-store', async () => {
    const res = await post(SIGN_IN, { email: 'viewer@example.dk', password: PASSWORD });
    expect(res.headers.get('set-cookie')).toMatch(/haenderne_session=/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('an answer to a bearer token, to the session cookie and to a signed-in GET says no-store', async () => {
    const token = await signedIn();
    const byBearer = await post('{ me { email } }', {}, { authorization: `Bearer ${token}` });
    expect(((await byBearer.json()) as GqlResult<{ me: { email: string } }>).data!.me.email).toBe('viewer@example.dk');
    expect(byBearer.headers.get('cache-control')).toBe('no-store');
    const byCookie = await post('{ me { email } }', {}, { cookie: `other=1; haenderne_session=${token}` });
    expect(byCookie.headers.get('cache-control')).toBe('no-store');
    const get = await t.app.fetch(`http://test/graphql?query=${encodeURIComponent('{ me { email } }')}`, {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${token}` },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get('cache-control')).toBe('no-store');
  });

  it('a refused sign-in and a forged token say no-store too (they asked with credentials)', async () => {
    const forged = await post('{ me { email } }', {}, { authorization: 'Bearer not-a-real-token' });
    expect(forged.headers.get('cache-control')).toBe('no-store');
  });

  it("leaves a visitor's answer (public data) as it was", async () => {
    const res = await post('{ about { version } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBeNull();
  });
});

describe('the CSRF refusal', () => {
  it('is coded, in Danish too, and names the header', async () => {
    const res = await t.app.fetch(`http://test/graphql?query=${encodeURIComponent('{ about { version } }')}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(403);
    const error = ((await res.json()) as GqlResult<unknown>).errors![0]!;
    expect(error.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
    expect(error.extensions?.da).toMatch(/x-graphql-yoga-csrf/);
    expect(error.message).toMatch(/x-graphql-yoga-csrf/);
    const form = await t.app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Babout%7Bversion%7D%7D',
    });
    expect(form.status).toBe(403);
    expect(((await form.json()) as GqlResult<unknown>).errors![0]!.extensions?.code).toBe('CSRF_HEADER_REQUIRED');
  });
});
