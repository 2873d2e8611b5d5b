import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Role } from '../../auth/viewer.js';
import { recordChange } from '../core/audit.js';
import { findUserByEmail, type StoredUser } from './auth-store.js';
import { DbError } from '../../db/db-error.js';

export type OidcAccount =
  | { kind: 'signed-in'; user: StoredUser; created: boolean; roleChanged: boolean; bound: boolean }
  /** The account with this e-mail is bound to another person at the provider. */
  | { kind: 'taken'; userId: string }
  /** The account with this e-mail is not bound to the provider, and the e-mail alone may not bind it. */
  | { kind: 'unlinked'; userId: string };

interface Who {
  subject: string;
  email: string;
  name: string;
  role: Role | null;
  /** The provider said it verified the e-mail (email_verified true). */
  emailVerified: boolean;
}

/**
 * The account for an accepted sign-in: the one with that e-mail, or a new one (VIEWER unless
 * the provider's role claim says more), so staff see names at once. With a role claim the
 * provider is the source of the role and a change there ends the account's other sessions;
 * without one, the role an administrator gave in the app stands. A new account has no
 * password: it can only sign in through the provider. Creation and role changes are audited
 * with the account itself as the actor.
 *
 * The account is bound to the person at the provider (issuer and `sub`) at its first sign-in
 * there; another person with the same e-mail is refused ('taken'). An address is not an
 * identity: providers reuse a leaver's address for a newcomer, and some let a user set the
 * e-mail claim ("nOAuth"); either would otherwise sign in as the account, with its role. A
 * new provider (another issuer) binds again at the next sign-in.
 *
 * Binding goes by the e-mail alone, so it is done only when the provider says it verified the
 * address, and never for an administrator: an outside probe's provider account whose e-mail
 * claim was set to the administrator's (no email_verified) was bound to the break-glass
 * administrator and signed in as ADMIN, and the real one was then refused as 'taken'. Such a
 * sign-in is 'unlinked': the account signs in with its password, as before.
 */
export async function oidcAccount(db: GraphDb, q: QueryCatalog, who: Who): Promise<OidcAccount> {
  const existing = await findUserByEmail(db, q, who.email);
  const now = new Date().toISOString();
  if (!existing) {
    try {
      return await db.write(async (tx) => {
        const [row] = await tx.run<{ user: StoredUser }>(q.createUser, {
          id: `user:${randomUUID()}`,
          email: who.email,
          name: who.name,
          role: who.role ?? 'VIEWER',
          scopeId: null,
          passwordHash: null,
          oidcSubject: who.subject,
          now,
        });
        const user = row!.user;
        await recordChange(tx, q, {
          actor: user.id,
          operation: 'CREATE',
          entityId: user.id,
          entityLabel: 'User',
          before: null,
          after: { ...user, via: 'oidc' },
        });
        return { kind: 'signed-in' as const, user, created: true, roleChanged: false, bound: true };
      });
    } catch (err) {
      // The same first sign-in twice at once (two tabs): the e-mail's uniqueness refused the
      // second; it signs in to the account the first made.
      if (err instanceof DbError && err.kind === 'CONSTRAINT') return oidcAccount(db, q, who);
      throw err;
    }
  }
  const { passwordHash: _hash, oidcSubject: bound, ...user } = existing;
  if (bound && issuerOf(bound) === issuerOf(who.subject) && bound !== who.subject) return { kind: 'taken', userId: existing.id };
  const bind = bound !== who.subject;
  if (bind && (existing.role === 'ADMIN' || !who.emailVerified)) return { kind: 'unlinked', userId: existing.id };
  const changeRole = who.role !== null && who.role !== existing.role;
  if (!bind && !changeRole) return { kind: 'signed-in', user, created: false, roleChanged: false, bound: false };
  return db.write(async (tx) => {
    if (bind) await tx.run(q.bindOidcSubject, { id: existing.id, subject: who.subject });
    if (!changeRole) return { kind: 'signed-in' as const, user, created: false, roleChanged: false, bound: true };
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
    return { kind: 'signed-in' as const, user: row!.user, created: false, roleChanged: true, bound: bind };
  });
}

/** The issuer part of a stored subject (oidc-options.ts's oidcSubject: issuer, space, sub). */
const issuerOf = (subject: string) => subject.slice(0, subject.indexOf(' '));
