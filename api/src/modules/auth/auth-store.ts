import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Role, Viewer } from '../../auth/viewer.js';
import { hashPassword } from '../../auth/password.js';
import { hashToken, newSessionToken } from '../../auth/session-token.js';

export interface StoredUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  scopeId: string | null;
  passwordHash?: string;
  /** The person at the organisation's identity provider this account is bound to (oidc-account.ts). */
  oidcSubject?: string | null;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: QueryRunner, q: QueryCatalog, email: string): Promise<StoredUser | null> {
  const [row] = await db.run<{ user: StoredUser }>(q.userByEmail, { email: normaliseEmail(email) });
  return row?.user ?? null;
}

export async function createUser(
  db: QueryRunner,
  q: QueryCatalog,
  input: { email: string; name: string; role: Role; scopeId?: string | null; password: string },
): Promise<StoredUser> {
  return storeUser(db, q, { ...input, passwordHash: await hashPassword(input.password) });
}

/**
 * Stores an account whose password is hashed already: the hash (scrypt, ~0.1 s) is made before
 * a write transaction begins, so the transaction is not held open through it.
 */
export async function storeUser(
  db: QueryRunner,
  q: QueryCatalog,
  input: { email: string; name: string; role: Role; scopeId?: string | null; passwordHash: string },
): Promise<StoredUser> {
  const [row] = await db.run<{ user: StoredUser }>(q.createUser, {
    id: `user:${randomUUID()}`,
    email: normaliseEmail(input.email),
    name: input.name,
    role: input.role,
    scopeId: input.scopeId ?? null,
    passwordHash: input.passwordHash,
    oidcSubject: null,
    now: new Date().toISOString(),
  });
  return row!.user;
}

/**
 * A new session, or null when the account is gone or, for a password sign-in (`passwordHash`
 * as checked), its password changed since the check (cypher/auth/create-session.cypher).
 */
export async function startSession(db: QueryRunner, q: QueryCatalog, userId: string, hours: number, passwordHash: string | null = null) {
  const { token, tokenHash } = newSessionToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  const [row] = await db.run<{ id: string }>(q.createSession, {
    id: `session:${randomUUID()}`,
    userId,
    tokenHash,
    expiresAt,
    now: now.toISOString(),
    passwordHash,
  });
  return row ? { token, expiresAt } : null;
}

export async function viewerForToken(db: QueryRunner, q: QueryCatalog, token: string): Promise<Viewer | null> {
  const [row] = await db.run<{ sessionId: string; user: StoredUser }>(q.viewerByToken, { tokenHash: hashToken(token), now: new Date().toISOString() });
  return row ? { ...row.user, scopeId: row.user.scopeId ?? null, sessionId: row.sessionId } : null;
}

export async function endSession(db: QueryRunner, q: QueryCatalog, sessionId: string): Promise<void> {
  await db.run(q.deleteSession, { id: sessionId, now: new Date().toISOString() });
}

/** On first start, creates the admin named by ADMIN_EMAIL/ADMIN_PASSWORD when no user exists. */
export async function ensureAdmin(db: QueryRunner, q: QueryCatalog, admin: { email: string; password: string } | null): Promise<boolean> {
  if (!admin) return false;
  const [row] = await db.run<{ users: number }>(q.countUsers);
  if (row?.users) return false;
  await createUser(db, q, { email: admin.email, name: 'Administrator', role: 'ADMIN', password: admin.password });
  return true;
}
