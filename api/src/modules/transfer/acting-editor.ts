import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { coded } from '../../errors.js';

/**
 * The importing account as stored now, read under a lock on it (auth/acting-role) in the
 * import's own write. The session was checked when the request came in; a large sheet takes
 * seconds to check and write, and an outside probe's import by an account deleted meanwhile
 * was still written (audit entry after the account's deletion). A demotion to VIEWER or a new
 * scope meanwhile refuses it the same way. Imports from the command line (no user id) pass.
 */
export async function assertStillMayImport(tx: QueryRunner, q: QueryCatalog, actorId: string): Promise<void> {
  if (!actorId.startsWith('user:')) return;
  const [row] = await tx.run<{ role: string; scopeId: string | null }>(q.actingRole, { id: actorId });
  if (row && (row.role === 'ADMIN' || (row.role === 'EDITOR' && !row.scopeId))) return;
  throw coded(
    'FORBIDDEN',
    {
      en: 'Your editing rights were changed while the import ran; nothing was written.',
      da: 'Dine redigeringsrettigheder blev ændret, mens importen kørte; intet er skrevet.',
    },
    { requiredRole: 'EDITOR' },
  );
}
