import type { ConnectionPath, NodeRef } from '../api/get-connection';
import type { GraphEdge, GraphNode } from '../types';

export interface PathIds {
  /** In walking order, both ends included. */
  nodeIds: string[];
  edgeIds: string[];
}

export function pathIds(path: ConnectionPath | null | undefined): PathIds | null {
  if (!path || path.hops.length === 0) return null;
  const nodeIds = [path.hops[0]!.from.id, ...path.hops.map((h) => h.to.id)];
  return { nodeIds, edgeIds: path.hops.map((h) => h.relationshipId) };
}

const asGraphNode = (ref: NodeRef): GraphNode => ({
  id: ref.id,
  label: ref.label,
  name: ref.name,
  kind: ref.kind,
  sector: ref.sector,
  shortName: null,
  municipalityCode: null,
});

/**
 * The path's nodes and edges as graph data, so the map can draw the ones the current view
 * leaves out. Known nodes and edges are taken from the loaded graph (with what the map
 * draws by); a hop whose relationship the graph did not load is built from the hop itself.
 */
export function pathGraph(
  path: ConnectionPath,
  nodeById: ReadonlyMap<string, GraphNode>,
  edgeById: ReadonlyMap<string, GraphEdge>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  for (const hop of path.hops) {
    for (const ref of [hop.from, hop.to]) if (!nodes.has(ref.id)) nodes.set(ref.id, nodeById.get(ref.id) ?? asGraphNode(ref));
    const known = edgeById.get(hop.relationshipId);
    const [source, target] = hop.direction === 'FORWARD' ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
    edges.push(known ?? { id: hop.relationshipId, type: hop.relation, source, target, level: null });
  }
  return { nodes: [...nodes.values()], edges };
}
