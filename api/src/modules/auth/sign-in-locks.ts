import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import type { SignInLock } from '../../auth/sign-in-throttle.js';
import { notFound } from '../../errors.js';
import { recordChange } from '../core/audit.js';

/** Who the audit log names for a lock the throttle imposed on its own. */
export const THROTTLE_ACTOR = 'system:sign-in-throttle';

/** What the audit log keeps of a lock: which account and client, how many failures, until when. */
const recorded = ({ retryAfterSeconds: _r, ...lock }: SignInLock) => lock;

/**
 * Writes one audit entry per lock that a failed sign-in started. Each is one auto-committed
 * statement, not db.write: an entry changes no answer, and a write transaction moves the response
 * cache's epoch, so an anonymous client emptied everyone's cache with six wrong passwords (for an
 * address with no account too) and visitors watched lockouts happen in the ETag (an outside probe).
 */
export async function auditLocks(ctx: RequestContext, locks: SignInLock[]): Promise<void> {
  for (const lock of locks) {
    await recordChange(ctx.db, ctx.queries, {
      actor: THROTTLE_ACTOR,
      operation: 'LOCK',
      entityId: lock.id,
      entityLabel: 'SignInLock',
      before: null,
      after: recorded(lock),
    });
  }
}

/** The sign-in locks in force in this process (ADMIN). */
export function listSignInLocks(ctx: RequestContext): SignInLock[] {
  requireRole(ctx.viewer, 'ADMIN');
  return ctx.throttle.locks();
}

/** Lifts a lock in force (ADMIN): the client may try again at once, its failures forgotten; audited. */
export async function liftSignInLock(ctx: RequestContext, id: string): Promise<SignInLock> {
  const admin = requireRole(ctx.viewer, 'ADMIN');
  const lock = ctx.throttle.lock(id);
  if (!lock) throw notFound('sign-in lock', id);
  // Audited first: a lock is never lifted without its entry (one statement, as auditLocks).
  await recordChange(ctx.db, ctx.queries, {
    actor: admin.id,
    operation: 'UNLOCK',
    entityId: lock.id,
    entityLabel: 'SignInLock',
    before: recorded(lock),
    after: null,
  });
  return ctx.throttle.lift(id) ?? lock;
}
