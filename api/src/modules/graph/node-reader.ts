import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { graphNode, type NodeRow } from './graph-reader.js';

/**
 * One node as the picture shows it, with its properties, or null when no node has the id.
 * The same statement as the whole picture's nodes (graph/nodes-by-ids-all), for one id: one
 * index seek, whatever the node's degree (a details panel asked through
 * `graph(filter: {focusId, limit: 1})` walked a hub's thousands of neighbours first).
 */
export async function readGraphNode(db: GraphDb, queries: QueryCatalog, id: string, personal: boolean) {
  const [row] = await db.read((tx) => tx.run<NodeRow>(queries.graphNodesByIdsAll, { ids: [id] }));
  return row ? graphNode(row, personal, true) : null;
}
