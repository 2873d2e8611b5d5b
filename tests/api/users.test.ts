import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { findUserByEmail, startSession } from '../../api/src/modules/auth/auth-store.js';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'ADMIN');
});
afterAll(() => t.close());

/** The account fields CREATE selects; UPDATE selects all but the e-mail. */
interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  scopeId: string | null;
  version: number;
}
interface Created {
  createUser: User;
}
interface Updated {
  updateUser: Omit<User, 'email'>;
}
interface Deleted {
  deleteUser: { id: string };
}
interface SignedInAnswer {
  signIn: { token: string };
}

const CREATE = `mutation($i: NewUserInput!) { createUser(input: $i) { id email name role scopeId version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UserChangesInput!) { updateUser(id: $id, version: $v, input: $i) { id role scopeId version name } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteUser(id: $id, version: $v) { id } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function history(id: string) {
  return (
    await t.gql<{ history: Array<{ operation: string; actor: string | null }> }>(
      `query($id: ID!) { history(entityId: $id) { operation actor } }`,
      { id },
      admin,
    )
  ).data!.history;
}

describe('user accounts, managed by admins', () => {
  it('an admin creates a scoped editor who can sign in; the e-mail is stored lower-case and the hash never shows', async () => {
    const r = await t.gql<Created>(
      CREATE,
      { i: { email: 'Redaktoer@Randers.dk', name: 'Randers-redaktør', role: 'EDITOR', password: 'en-lang-adgangskode', scopeId: 'org:cluster-randers' } },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({ email: 'redaktoer@randers.dk', role: 'EDITOR', scopeId: 'org:cluster-randers', version: 1 });
    const signIn = await t.gql<SignedInAnswer>(SIGN_IN, { e: 'redaktoer@randers.dk', p: 'en-lang-adgangskode' });
    expect(
      (await t.gql<{ me: { role: string; scopeId: string | null } | null }>(`{ me { role scopeId } }`, {}, bearer(signIn.data!.signIn.token))).data!.me,
    ).toEqual({ role: 'EDITOR', scopeId: 'org:cluster-randers' });
    const users = (await t.gql<{ users: Array<Pick<User, 'email' | 'role'>> }>(`{ users { email role } }`, {}, admin)).data!.users;
    expect(users).toContainEqual({ email: 'redaktoer@randers.dk', role: 'EDITOR' });
    expect(JSON.stringify(await t.gql<{ users: User[] }>(`{ users { id email name role scopeId version } }`, {}, admin))).not.toMatch(/scrypt|passwordHash/);
    expect((await history(r.data!.createUser.id)).map((h) => h.operation)).toEqual(['CREATE']);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = (await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`, {}, admin)).data!.users.length;
    const bad = await t.gql<Created>(
      CREATE,
      { i: { email: 'ikke-en-adresse', name: ' ', role: 'VIEWER', password: 'kort', scopeId: 'group:implementeringsgruppe-randers' } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors![0]!.extensions!.issues as Array<{ field: string }>).map((i) => i.field).sort();
    expect(fields).toEqual(['input.email', 'input.name', 'input.password']);
    const scope = await t.gql<Created>(
      CREATE,
      { i: { email: 'a@b.dk', name: 'A', role: 'EDITOR', password: 'en-lang-adgangskode', scopeId: 'group:implementeringsgruppe-randers' } },
      admin,
    );
    expect(scope.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'input.scopeId', message: 'is not an organisation', da: 'skal være en klynge eller organisation' },
    ]);
    const taken = await t.gql<Created>(CREATE, { i: { email: 'REDAKTOER@randers.dk', name: 'Igen', role: 'VIEWER', password: 'en-lang-adgangskode' } }, admin);
    expect(taken.errors?.[0]?.extensions?.issues).toEqual([{ field: 'input.email', message: 'is already in use', da: 'er allerede i brug' }]);
    expect((await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`, {}, admin)).data!.users.length).toBe(before);
  });

  it('the same account sent four times at once is made once; the others are told the e-mail is in use', async () => {
    const before = (await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`, {}, admin)).data!.users.length;
    const input = { i: { email: 'tvilling@randers.dk', name: 'Tvilling', role: 'VIEWER', password: 'en-lang-adgangskode' } };
    const answers = await Promise.all(Array.from({ length: 4 }, () => t.gql<Created>(CREATE, input, admin)));
    expect(answers.filter((a) => a.data?.createUser)).toHaveLength(1);
    for (const refused of answers.filter((a) => a.errors)) {
      expect(refused.errors![0]!.extensions!.issues).toEqual([{ field: 'input.email', message: 'is already in use', da: 'er allerede i brug' }]);
    }
    expect((await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`, {}, admin)).data!.users.length).toBe(before + 1);
  });

  it('a new role ends the old sessions; a stale version answers CONFLICT with the current state and changes nothing', async () => {
    const created = (await t.gql<Created>(CREATE, { i: { email: 'laeser@horsens.dk', name: 'Læser', role: 'VIEWER', password: 'en-lang-adgangskode' } }, admin))
      .data!.createUser;
    const token = (await t.gql<SignedInAnswer>(SIGN_IN, { e: 'laeser@horsens.dk', p: 'en-lang-adgangskode' })).data!.signIn.token;
    const updated = await t.gql<Updated>(UPDATE, { id: created.id, v: 1, i: { role: 'EDITOR', name: 'Redaktør' } }, admin);
    expect(updated.data!.updateUser).toMatchObject({ role: 'EDITOR', name: 'Redaktør', version: 2 });
    expect((await t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, bearer(token))).data!.me).toBeNull();
    const stale = await t.gql<Updated>(UPDATE, { id: created.id, v: 1, i: { role: 'ADMIN' } }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { role: 'EDITOR', version: 2 } });
    expect((await t.gql<{ users: Array<Pick<User, 'email' | 'role'>> }>(`{ users { email role } }`, {}, admin)).data!.users).toContainEqual({
      email: 'laeser@horsens.dk',
      role: 'EDITOR',
    });
    expect((await history(created.id)).map((h) => h.operation)).toEqual(['UPDATE', 'CREATE']);
  });

  // An outside probe signed in with the old password in a loop while an admin reset it: a sign-in
  // checked before the reset and stored after it kept a session made with the old password.
  it('a sign-in whose password was reset between its check and its session gets no session', async () => {
    await t.gql<Created>(CREATE, { i: { email: 'nulstil@lemvig.dk', name: 'Nulstil', role: 'VIEWER', password: 'den-gamle-adgangskode' } }, admin);
    const checked = (await findUserByEmail(t.db, t.queries, 'nulstil@lemvig.dk'))!;
    // The reset lands after the password was checked...
    await t.gql<Updated>(UPDATE, { id: checked.id, v: 1, i: { password: 'den-nye-adgangskode' } }, admin);
    // ...and the session the old check would start is refused; one for the hash in force is not.
    expect(await startSession(t.db, t.queries, checked.id, 1, checked.passwordHash!)).toBeNull();
    const current = (await findUserByEmail(t.db, t.queries, 'nulstil@lemvig.dk'))!;
    expect(await startSession(t.db, t.queries, checked.id, 1, current.passwordHash!)).toMatchObject({ token: expect.any(String) });
  });

  it('a new password works and the old one no longer does', async () => {
    const created = (await t.gql<Created>(CREATE, { i: { email: 'skift@odder.dk', name: 'Skift', role: 'VIEWER', password: 'den-gamle-adgangskode' } }, admin))
      .data!.createUser;
    await t.gql<Updated>(UPDATE, { id: created.id, v: 1, i: { password: 'den-nye-adgangskode' } }, admin);
    expect((await t.gql<SignedInAnswer>(SIGN_IN, { e: 'skift@odder.dk', p: 'den-gamle-adgangskode' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<SignedInAnswer>(SIGN_IN, { e: 'skift@odder.dk', p: 'den-nye-adgangskode' })).data!.signIn.token).toBeTruthy();
  });

  it('deleting a user ends its sessions; an admin cannot delete or demote themselves', async () => {
    const created = (await t.gql<Created>(CREATE, { i: { email: 'vaek@samsoe.dk', name: 'Væk', role: 'VIEWER', password: 'en-lang-adgangskode' } }, admin))
      .data!.createUser;
    const token = (await t.gql<SignedInAnswer>(SIGN_IN, { e: 'vaek@samsoe.dk', p: 'en-lang-adgangskode' })).data!.signIn.token;
    expect((await t.gql<Deleted>(DELETE, { id: created.id, v: 1 }, admin)).data!.deleteUser.id).toBe(created.id);
    expect((await t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, bearer(token))).data!.me).toBeNull();
    expect((await t.gql<Deleted>(DELETE, { id: created.id, v: 1 }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const me = (await t.gql<{ me: { id: string } | null }>(`{ me { id } }`, {}, admin)).data!.me!.id;
    expect((await t.gql<Deleted>(DELETE, { id: me, v: 1 }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql<Updated>(UPDATE, { id: me, v: 1, i: { role: 'VIEWER' } }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // An outside probe: two administrators demoting (or deleting) each other at once both passed
  // the session's role check and left no administrator, with no way back but an empty store.
  it('two admins demoting or deleting each other at once leave one admin; the other is refused', async () => {
    for (let round = 0; round < 4; round++) {
      const pair = await Promise.all(
        ['a', 'b'].map(async (who) => {
          const email = `admin-${who}${round}@skanderborg.dk`;
          const user = (await t.gql<Created>(CREATE, { i: { email, name: `Admin ${who}`, role: 'ADMIN', password: 'en-lang-adgangskode' } }, admin)).data!
            .createUser;
          const token = (await t.gql<SignedInAnswer>(SIGN_IN, { e: email, p: 'en-lang-adgangskode' })).data!.signIn.token;
          return { user, headers: bearer(token) };
        }),
      );
      const [a, b] = pair as [(typeof pair)[0], (typeof pair)[0]];
      // Even rounds demote, odd rounds delete: both changes leave the other without the role.
      const against = (actor: typeof a, target: typeof a) =>
        round % 2 === 0
          ? t.gql<Updated>(UPDATE, { id: target.user.id, v: target.user.version, i: { role: 'VIEWER' } }, actor.headers)
          : t.gql<Deleted>(DELETE, { id: target.user.id, v: target.user.version }, actor.headers);
      const answers = await Promise.all([against(a, b), against(b, a)]);
      expect(answers.filter((r) => !r.errors)).toHaveLength(1);
      // Refused by the check in the write (FORBIDDEN) or, when the winner committed first, because
      // its change had already ended the loser's session (UNAUTHENTICATED).
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(answers.find((r) => r.errors)!.errors![0]!.extensions!.code);
      const roles = (await t.gql<{ users: Array<Pick<User, 'id' | 'role'>> }>(`{ users { id role } }`, {}, admin)).data!.users;
      const admins = roles.filter((u) => (u.id === a.user.id || u.id === b.user.id) && u.role === 'ADMIN');
      expect(admins).toHaveLength(1);
    }
  });

  // An outside probe read an account's e-mail, name, role and scope as a VIEWER through the
  // history of an actor id found in a node's history.
  it("an account's audit trail is for admins only, as the list of users is", async () => {
    const created = (
      await t.gql<Created>(CREATE, { i: { email: 'hemmelig@favrskov.dk', name: 'Hemmelig', role: 'VIEWER', password: 'en-lang-adgangskode' } }, admin)
    ).data!.createUser;
    const viewer = await signedIn(t, 'VIEWER');
    const editor = await signedIn(t, 'EDITOR');
    for (const who of [viewer, editor]) {
      const r = await t.gql(`query($id: ID!) { history(entityId: $id) { operation after } }`, { id: created.id }, who);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain('hemmelig@favrskov.dk');
    }
    expect((await history(created.id)).map((h) => h.operation)).toEqual(['CREATE']);
  });

  it('only admins list or manage users', async () => {
    const editor = await signedIn(t, 'EDITOR');
    expect((await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<{ users: Array<{ id: string }> }>(`{ users { id } }`, {}, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql<Created>(CREATE, { i: { email: 'x@y.dk', name: 'X', role: 'ADMIN', password: 'en-lang-adgangskode' } }, editor)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });
});
