import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../db/queries.js';
import { badInput } from '../../errors.js';

export interface GraphFilter {
  labels?: string[] | null;
  sectors?: string[] | null;
  relationTypes?: string[] | null;
  limit?: number | null;
}

interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

export const MAX_GRAPH_NODES = 5000;

/** Nodes then the edges among them, in one read transaction: two statements whatever the size. */
export async function readGraph(db: GraphDb, queries: QueryCatalog, filter: GraphFilter = {}) {
  const limit = filter.limit ?? 2000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_NODES) {
    throw badInput(`"limit" must be between 1 and ${MAX_GRAPH_NODES}.`, [{ field: 'filter.limit', message: `must be between 1 and ${MAX_GRAPH_NODES}` }]);
  }
  return db.read(async (tx) => {
    const [page] = await tx.run<{ total: number; nodes: NodeRow[] }>(queries.graphNodes, {
      labels: filter.labels?.length ? filter.labels : null,
      sectors: filter.sectors?.length ? filter.sectors : null,
      limit,
    });
    const nodes = page?.nodes ?? [];
    const edges = await tx.run<{ id: string; type: string; source: string; target: string; props: Record<string, unknown> }>(queries.graphEdges, {
      ids: nodes.map((n) => n.id),
      types: filter.relationTypes?.length ? filter.relationTypes : null,
    });
    const total = page?.total ?? 0;
    return {
      nodes: nodes.map((n) => ({
        id: n.id,
        label: n.label,
        name: String(n.props.name ?? n.id),
        kind: (n.props.kind as string | undefined) ?? null,
        sector: (n.props.sector as string | undefined) ?? null,
        properties: publicProperties(n.props),
      })),
      edges: edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, properties: publicProperties(e.props) })),
      totalNodes: total,
      truncated: total > nodes.length,
    };
  });
}

/** Bookkeeping the loader keeps for itself is not part of the picture. */
function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  const { sourceHash: _hash, ...rest } = props;
  return rest;
}
