import type { GraphDb } from '../../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../../api/src/queries.js';
import { contentHash, type GraphExport } from '../../../api/src/modules/transfer/graph-export.js';

/**
 * The map's content hash, by the same export and hash the API's graphContentHash uses, read
 * straight from the store so that taking it writes nothing (exportGraph through the API is
 * audited).
 */
export async function mapHash(db: GraphDb, q: QueryCatalog): Promise<string> {
  // The export's own statements and hash, without the audit trail (which the hash leaves out anyway).
  const data = await db.read(async (tx) => ({
    nodes: await tx.run<GraphExport['nodes'][number]>(q.exportNodes),
    relationships: await tx.run<GraphExport['relationships'][number]>(q.exportRelationships),
  }));
  return contentHash(data);
}

export async function mapCounts(db: GraphDb, q: QueryCatalog): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.run<{ nodes: number; relationships: number }>(q.counts);
  return row!;
}
