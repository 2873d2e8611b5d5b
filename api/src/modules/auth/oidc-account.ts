import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Role } from '../../auth/viewer.js';
import { recordChange } from '../core/audit.js';
import { findUserByEmail, type StoredUser } from './auth-store.js';

export interface OidcAccount {
  user: StoredUser;
  created: boolean;
  roleChanged: boolean;
}

/**
 * The account for an accepted sign-in: the one with that e-mail, or a new one (VIEWER unless
 * the provider's role claim says more), so staff see names at once. With a role claim the
 * provider is the source of the role and a change there ends the account's other sessions;
 * without one, the role an administrator gave in the app stands. A new account has no
 * password: it can only sign in through the provider. Creation and role changes are audited
 * with the account itself as the actor.
 */
export async function oidcAccount(db: GraphDb, q: QueryCatalog, who: { email: string; name: string; role: Role | null }): Promise<OidcAccount> {
  const existing = await findUserByEmail(db, q, who.email);
  const now = new Date().toISOString();
  if (!existing) {
    return db.write(async (tx) => {
      const [row] = await tx.run<{ user: StoredUser }>(q.createUser, {
        id: `user:${randomUUID()}`,
        email: who.email,
        name: who.name,
        role: who.role ?? 'VIEWER',
        scopeId: null,
        passwordHash: null,
        now,
      });
      const user = row!.user;
      await recordChange(tx, q, { actor: user.id, operation: 'CREATE', entityId: user.id, entityLabel: 'User', before: null, after: { ...user, via: 'oidc' } });
      return { user, created: true, roleChanged: false };
    });
  }
  const { passwordHash: _hash, ...user } = existing;
  if (!who.role || who.role === existing.role) return { user, created: false, roleChanged: false };
  return db.write(async (tx) => {
    const [current] = await tx.run<{ user: StoredUser & { version: number } }>(q.userById, { id: existing.id });
    const [row] = await tx.run<{ user: StoredUser }>(q.updateUser, {
      id: existing.id,
      version: current!.user.version,
      name: null,
      role: who.role,
      setScope: false,
      scopeId: null,
      passwordHash: null,
      now,
    });
    await tx.run(q.endUserSessions, { id: existing.id });
    await recordChange(tx, q, {
      actor: existing.id,
      operation: 'UPDATE',
      entityId: existing.id,
      entityLabel: 'User',
      before: current!.user,
      after: { ...row!.user, via: 'oidc' },
    });
    return { user: row!.user, created: false, roleChanged: true };
  });
}
