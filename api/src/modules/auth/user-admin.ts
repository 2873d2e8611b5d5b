import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { hashPassword } from '../../auth/password.js';
import { badInput, coded, notFound } from '../../errors.js';
import type { QueryRunner } from '../../db/graph-db.js';
import { recordChange } from '../core/audit.js';
import { findUserByEmail, storeUser, type StoredUser } from './auth-store.js';
import { DbError } from '../../db/db-error.js';
import { newUserInput, parseInput, userChanges } from './user-input.js';

/** Users are managed by admins only; every change is audited like a map write (never the hash). */
export async function listUsers(ctx: RequestContext): Promise<StoredUser[]> {
  requireRole(ctx.viewer, 'ADMIN');
  return (await ctx.db.run<{ user: StoredUser }>(ctx.queries.listUsers)).map((r) => r.user);
}

export async function addUser(ctx: RequestContext, input: unknown): Promise<StoredUser> {
  const admin = requireRole(ctx.viewer, 'ADMIN');
  const data = parseInput(newUserInput, input);
  await checkScope(ctx, data.scopeId ?? null);
  if (await findUserByEmail(ctx.db, ctx.queries, data.email)) throw emailInUse();
  const { password, ...account } = data;
  const passwordHash = await hashPassword(password);
  try {
    return await ctx.db.write(async (tx) => {
      // Asked again inside the write: the same account sent twice at once (a double click, two
      // admins) passed the check above together; the one that comes second is told the same.
      await stillAdmin(tx, ctx, admin.id);
      if (await findUserByEmail(tx, ctx.queries, data.email)) throw emailInUse();
      const user = await storeUser(tx, ctx.queries, { ...account, scopeId: data.scopeId ?? null, passwordHash });
      await recordChange(tx, ctx.queries, { actor: admin.id, operation: 'CREATE', entityId: user.id, entityLabel: 'User', before: null, after: user });
      return user;
    });
  } catch (err) {
    // The uniqueness constraint caught one the read could not see yet (another transaction's).
    if (err instanceof DbError && err.kind === 'CONSTRAINT') throw emailInUse();
    throw err;
  }
}

function emailInUse() {
  return badInput({ en: 'A user with that e-mail exists.', da: 'Der findes allerede en bruger med den e-mail.' }, [
    { field: 'input.email', message: 'is already in use' },
  ]);
}

export async function changeUser(ctx: RequestContext, id: string, version: number, input: unknown): Promise<StoredUser> {
  const admin = requireRole(ctx.viewer, 'ADMIN');
  const changes = parseInput(userChanges, input);
  const before = await userById(ctx, id);
  if (id === admin.id && changes.role && changes.role !== 'ADMIN') {
    throw badInput({ en: 'You cannot demote yourself.', da: 'Du kan ikke fratage dig selv administratorrollen.' }, [
      { field: 'input.role', message: 'would leave you without the admin role' },
    ]);
  }
  if (changes.scopeId !== undefined) await checkScope(ctx, changes.scopeId);
  const passwordHash = changes.password ? await hashPassword(changes.password) : null;
  return ctx.db.write(async (tx) => {
    await stillAdmin(tx, ctx, admin.id);
    const [row] = await tx.run<{ user: StoredUser }>(ctx.queries.updateUser, {
      id,
      version,
      name: changes.name ?? null,
      role: changes.role ?? null,
      setScope: changes.scopeId !== undefined,
      scopeId: changes.scopeId ?? null,
      passwordHash,
      now: new Date().toISOString(),
    });
    if (!row) throw await lostTheRace(tx, ctx, id);
    // What the old sessions were granted no longer holds.
    if (changes.role || changes.scopeId !== undefined || passwordHash) await tx.run(ctx.queries.endUserSessions, { id });
    await recordChange(tx, ctx.queries, {
      actor: admin.id,
      operation: 'UPDATE',
      entityId: id,
      entityLabel: 'User',
      before,
      after: { ...row.user, ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return row.user;
  });
}

export async function removeUser(ctx: RequestContext, id: string, version: number): Promise<StoredUser> {
  const admin = requireRole(ctx.viewer, 'ADMIN');
  if (id === admin.id)
    throw badInput({ en: 'You cannot delete yourself.', da: 'Du kan ikke slette dig selv.' }, [{ field: 'id', message: 'is your own account' }]);
  const before = await userById(ctx, id);
  return ctx.db.write(async (tx) => {
    await stillAdmin(tx, ctx, admin.id);
    await tx.run(ctx.queries.endUserSessions, { id });
    const [row] = await tx.run<{ deleted: number }>(ctx.queries.deleteUser, { id, version });
    if (!row?.deleted) throw await lostTheRace(tx, ctx, id);
    await recordChange(tx, ctx.queries, { actor: admin.id, operation: 'DELETE', entityId: id, entityLabel: 'User', before, after: null });
    return before;
  });
}

/**
 * The acting administrator is still one, read in the write under a lock on their account: the
 * session's role was read before it, and two administrators demoting or deleting each other at
 * once had both passed that check, leaving no administrator (cypher/auth/acting-role.cypher).
 */
async function stillAdmin(tx: QueryRunner, ctx: RequestContext, actorId: string): Promise<void> {
  const [row] = await tx.run<{ role: string }>(ctx.queries.actingRole, { id: actorId });
  if (row?.role !== 'ADMIN') {
    throw coded('FORBIDDEN', { en: 'Your admin role was taken away meanwhile.', da: 'Din administratorrolle er fjernet imens.' }, { requiredRole: 'ADMIN' });
  }
}

async function userById(ctx: RequestContext, id: string): Promise<StoredUser & { version: number }> {
  const [row] = await ctx.db.run<{ user: StoredUser & { version: number } }>(ctx.queries.userById, { id });
  if (!row) throw notFound('user', id);
  return row.user;
}

/** An editor's scope is a cluster or an organisation that exists. */
async function checkScope(ctx: RequestContext, scopeId: string | null): Promise<void> {
  if (scopeId === null) return;
  const [row] = await ctx.db.run<{ label: string }>(ctx.queries.existingIds, { ids: [scopeId] });
  if (row?.label !== 'Organisation') {
    throw badInput({ en: 'The scope must be a cluster or organisation.', da: 'Afgrænsningen skal være en klynge eller organisation.' }, [
      { field: 'input.scopeId', message: 'is not an organisation' },
    ]);
  }
}

/** The version changed since it was read: the client gets the user as it is now. */
async function lostTheRace(tx: QueryRunner, ctx: RequestContext, id: string) {
  const [current] = await tx.run<{ user: StoredUser }>(ctx.queries.userById, { id });
  return current ? conflict(current.user) : notFound('user', id);
}

function conflict(current: StoredUser) {
  return coded('CONFLICT', { en: 'The user was changed meanwhile; read it again.', da: 'Brugeren er ændret imens; hent den igen.' }, { current });
}
