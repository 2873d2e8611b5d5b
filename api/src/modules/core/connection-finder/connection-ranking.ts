import { danishCollator } from '../../../domain/danish.js';
import type { SearchEdge } from './connection-rules.js';

/**
 * The order of the candidate paths, pure: fewer hops first; among paths of the same length the
 * cheaper (named people before the organisation tree), then by the names along the way, so the
 * order never depends on the engine.
 */

/** Less is better among paths of the same length: named people first, the tree last. */
export const HOP_COST: Readonly<Record<string, number>> = {
  CONTACT_FOR: 0,
  MEMBER_OF: 1,
  WORKS_IN: 1,
  PROVIDES: 1,
  SERVES: 1,
  SECRETARIAT_FOR: 2,
  REPORTS_TO: 2,
  ANCHORED_IN: 2,
  PART_OF: 2,
  IN_CLUSTER: 3,
};
/** A hop of a type not in HOP_COST (an anchor type followed from an end of the question). */
export const OTHER_HOP_COST = 3;
/** A channel that is only planned or being set up is a worse way than one in use. */
export const CHANNEL_NOT_ESTABLISHED_COST = 2;

/** What the ranking reads of a node on a path: its name, and a channel's status. */
export interface RankedNode {
  id: string;
  name?: string | null;
  status?: string | null;
}

export interface PathCandidate {
  edges: readonly SearchEdge[];
  /** The nodes the path visits, the start first (edges.length + 1 of them). */
  nodes: readonly RankedNode[];
}

/** The cost of a path: the sum of its hops' costs, more for a channel not yet in use. */
export function pathCost(edges: readonly SearchEdge[], nodeById: (id: string) => RankedNode | undefined): number {
  let cost = 0;
  for (const e of edges) {
    cost += HOP_COST[e.type] ?? OTHER_HOP_COST;
    const channel = e.type === 'PROVIDES' ? nodeById(e.target) : e.type === 'SERVES' ? nodeById(e.source) : undefined;
    if (channel?.status && channel.status !== 'ESTABLISHED') cost += CHANNEL_NOT_ESTABLISHED_COST;
  }
  return cost;
}

/** The best `take` candidates, best first. */
export function rankPaths<P extends PathCandidate>(candidates: readonly P[], nodeById: (id: string) => RankedNode | undefined, take: number): P[] {
  const names = (p: PathCandidate) => p.nodes.map((n) => n.name ?? n.id).join(' › ');
  return candidates
    .map((p) => ({ p, cost: pathCost(p.edges, nodeById) }))
    .sort((a, b) => a.p.edges.length - b.p.edges.length || a.cost - b.cost || danishCollator.compare(names(a.p), names(b.p)))
    .slice(0, take)
    .map(({ p }) => p);
}
