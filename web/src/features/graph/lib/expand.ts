import { collator } from '../../../lib/collator';
import type { GraphIndex } from './build-view';

/**
 * At most this many nodes join the map in one step (Bloom's habit of expanding by relationship
 * type, with a cap): more is a hairball again. The rest is one more click, or a filter, away.
 */
export const EXPAND_CAP = 40;
/**
 * A focus step ("Udvid") may add up to this many: the focus view is laid out for its own nodes,
 * so more fit than beside the overview, but not the next ring of a hub (85 → 395 nodes).
 */
export const FOCUS_STEP_CAP = 100;

export interface ExpandOption {
  type: string;
  /** Neighbours over this relation type that the map does not show yet, by name. */
  ids: string[];
}

/** Per relation type, the neighbours of `nodeId` that are not on the map. */
export function expandOptions(nodeId: string, index: GraphIndex, shown: ReadonlySet<string>): ExpandOption[] {
  const byType = new Map<string, Set<string>>();
  for (const e of index.edgesByNode.get(nodeId) ?? []) {
    const other = e.source === nodeId ? e.target : e.source;
    if (shown.has(other) || !index.nodeById.has(other)) continue;
    (byType.get(e.type) ?? byType.set(e.type, new Set()).get(e.type)!).add(other);
  }
  const name = (id: string) => index.nodeById.get(id)?.name ?? id;
  return [...byType]
    .map(([type, ids]) => ({ type, ids: [...ids].sort((a, b) => collator.compare(name(a), name(b))) }))
    .sort((a, b) => b.ids.length - a.ids.length || (a.type < b.type ? -1 : 1));
}
