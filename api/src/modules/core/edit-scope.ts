import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Viewer } from '../../auth/viewer.js';
import { coded } from '../../errors.js';

/**
 * An editor limited to a cluster or organisation may change what lies within it: the node
 * itself, organisations below it, and people, groups and channels attached to those. A node
 * with no relationships yet (just created) is anyone's to finish. For a relationship, one
 * endpoint inside the scope is enough: that is how a scoped editor connects their part of the
 * map to the rest.
 */
export async function assertInScope(tx: QueryRunner, q: QueryCatalog, viewer: Viewer, ids: string[], mode: 'all' | 'any', orphan = false): Promise<void> {
  if (viewer.role === 'ADMIN' || viewer.scopeId === null || orphan) return;
  const rows = await tx.run<{ id: string }>(q.scopeMembers, { scopeId: viewer.scopeId, ids });
  const inside = new Set(rows.map((r) => r.id));
  const ok = mode === 'all' ? ids.every((id) => inside.has(id)) : ids.some((id) => inside.has(id));
  if (!ok) {
    throw coded(
      'FORBIDDEN',
      { en: `Outside your editing scope (${viewer.scopeId}).`, da: `Uden for dit redigeringsområde (${viewer.scopeId}).` },
      { scopeId: viewer.scopeId, ids },
    );
  }
}
