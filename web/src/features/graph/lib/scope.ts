import type { GraphEdge, GraphNode } from '../types';

export type EdgesOf = (id: string) => readonly GraphEdge[];

const other = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);

/** Hubs everything belongs to: walking through them would reach the whole region in two steps. */
const HUB_KINDS = new Set(['REGION', 'CLUSTER']);

/**
 * The organisations under `rootIds` (PART_OF, any depth), the roots included, and every node one
 * step from any of them: the same scope as the API's graph(municipalityId / clusterId).
 */
function withUnitsAndNeighbours(rootIds: Iterable<string>, edgesOf: EdgesOf): Set<string> {
  const core = new Set(rootIds);
  const queue = [...core];
  while (queue.length > 0) {
    const id = queue.pop()!;
    for (const e of edgesOf(id)) {
      if (e.type === 'PART_OF' && e.target === id && !core.has(e.source)) {
        core.add(e.source);
        queue.push(e.source);
      }
    }
  }
  const scope = new Set(core);
  for (const id of core) for (const e of edgesOf(id)) scope.add(other(e, id));
  return scope;
}

/** Organisation kinds that belong to a municipality by where they are (municipalityCode), not by an edge. */
const LOCATED_KINDS = new Set(['GP_PRACTICE', 'PRIVATE_SPECIALIST']);

/**
 * A municipality, its units, the GP practices (and private specialists) located in it (same
 * municipalityCode: general practice has no edge to the municipality) and their neighbours.
 */
export function municipalityScope(municipalityId: string, edgesOf: EdgesOf, nodes: Iterable<GraphNode> = []): Set<string> {
  const roots = [municipalityId];
  let code: unknown = null;
  const all = [...nodes];
  for (const n of all) if (n.id === municipalityId) code = n.municipalityCode;
  if (code !== null && code !== undefined) {
    for (const n of all) if (n.kind && LOCATED_KINDS.has(n.kind) && n.municipalityCode === code) roots.push(n.id);
  }
  return withUnitsAndNeighbours(roots, edgesOf);
}

/** The cluster each municipality is in (its IN_CLUSTER edge). */
export function clusterOfMunicipalities(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, string> {
  const municipalities = new Set(nodes.filter((n) => n.kind === 'MUNICIPALITY').map((n) => n.id));
  const result = new Map<string, string>();
  for (const e of edges) if (e.type === 'IN_CLUSTER' && municipalities.has(e.source)) result.set(e.source, e.target);
  return result;
}

/** A cluster, the municipalities and hospitals in it (IN_CLUSTER), their units and their neighbours. */
export function clusterScope(clusterId: string, edgesOf: EdgesOf): Set<string> {
  const members = [clusterId];
  for (const e of edgesOf(clusterId)) if (e.type === 'IN_CLUSTER' && e.target === clusterId) members.push(e.source);
  return withUnitsAndNeighbours(members, edgesOf);
}

/**
 * The nodes within `depth` steps of `focusId`, with the step at which each was reached. The
 * region and the clusters are reached but not walked through (unless they are the focus).
 */
export function neighbourhood(focusId: string, depth: number, edgesOf: EdgesOf, nodeById: ReadonlyMap<string, GraphNode>): Map<string, number> {
  const reached = new Map<string, number>([[focusId, 0]]);
  let frontier = [focusId];
  for (let step = 1; step <= depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      const node = nodeById.get(id);
      if (id !== focusId && node?.kind && HUB_KINDS.has(node.kind)) continue;
      for (const e of edgesOf(id)) {
        const to = other(e, id);
        if (reached.has(to) || !nodeById.has(to)) continue;
        reached.set(to, step);
        next.push(to);
      }
    }
    frontier = next;
  }
  return reached;
}
