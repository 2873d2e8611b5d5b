import type { GraphDb } from '../../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../../api/src/queries.js';
import { checkExport, contentHash, exportGraph, importGraph } from '../../../api/src/modules/transfer/graph-export.js';

export interface BackupReport {
  nodes: number;
  relationships: number;
  changes: number;
  bytes: number;
  exportSeconds: number;
  importSeconds: number;
  sourceHash: string;
  restoredHash: string;
  /** Every node and relationship of the restore deep-equal to the source's, in id order. */
  identical: boolean;
}

const byId = <T extends { props: { id: string } }>(rows: T[]) => [...rows].sort((a, b) => a.props.id.localeCompare(b.props.id));

/**
 * Backup and restore by the code paths exportGraph and importGraph use: export, write as JSON
 * (as a backup file would be), read it back, check it, import into another (empty) store.
 */
export async function backupRestore(source: GraphDb, target: GraphDb, q: QueryCatalog): Promise<BackupReport> {
  let t0 = performance.now();
  const exported = await exportGraph(source, q);
  const file = JSON.stringify(exported);
  const exportSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await importGraph(target, q, checkExport(JSON.parse(file)));
  const importSeconds = (performance.now() - t0) / 1000;
  const restored = await exportGraph(target, q);
  return {
    nodes: exported.nodes.length,
    relationships: exported.relationships.length,
    changes: exported.changes.length,
    bytes: Buffer.byteLength(file),
    exportSeconds,
    importSeconds,
    sourceHash: contentHash(exported),
    restoredHash: contentHash(restored),
    identical:
      JSON.stringify(byId(restored.nodes)) === JSON.stringify(byId(exported.nodes)) &&
      JSON.stringify(byId(restored.relationships)) === JSON.stringify(byId(exported.relationships)),
  };
}
