import { randomUUID } from 'node:crypto';
import type { Role } from '../../api/src/auth/viewer.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import type { TestApp } from './test-app.js';

/** Creates a user of the role (and scope) and signs in through the API; returns request headers. */
export async function signedIn(t: TestApp, role: Role, scopeId: string | null = null): Promise<Record<string, string>> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.dk`;
  const password = 'test-password-123';
  await createUser(t.db, t.queries, { email, name: `Test ${role}`, role, scopeId, password });
  const r = await t.gql<{ signIn: { token: string } }>('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  });
  return { authorization: `Bearer ${r.data!.signIn.token}` };
}
