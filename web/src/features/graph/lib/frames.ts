import type { GraphEdge, GraphNode } from '../types';

/** The node kinds drawn as a frame around what belongs to them (health clusters). */
export const FRAME_KINDS = new Set(['CLUSTER']);

export interface Frames {
  /** Node id → the id of the frame (cluster) it is drawn in. */
  parentOf: Map<string, string>;
  /** Edges the frame says already (a node's edge to its own frame): not drawn as lines. */
  containedEdgeIds: Set<string>;
}

const other = (e: GraphEdge, id: string): string => (e.source === id ? e.target : e.source);

/**
 * Which cluster frame each node is drawn in: the cluster's row of the overview. An organisation
 * is in a cluster through IN_CLUSTER (municipalities, hospitals, GP practices) or through what it
 * is PART_OF (a municipality's units, a hospital's departments). Anything else (a channel, a
 * group, a mandate, a person) is in a cluster when everything framed it touches is in that one
 * cluster (Horsens' MedCom channel, the cluster's implementation group); a node that joins
 * several clusters (an agreement, BUA's advisory service) stays outside, region-wide.
 * Only the nodes given are considered, so a filter that hides a cluster also empties its frame.
 */
export function deriveFrames(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Frames {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const isFrame = (id: string) => FRAME_KINDS.has(byId.get(id)?.kind ?? '');
  const edgesOf = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || e.source === e.target) continue;
    for (const end of [e.source, e.target]) {
      const list = edgesOf.get(end) ?? [];
      list.push(e);
      edgesOf.set(end, list);
    }
  }
  const parentOf = new Map<string, string>();

  // Organisations: IN_CLUSTER first, then down the PART_OF hierarchy (a few rounds reach every level).
  for (const e of edges) {
    if (e.type !== 'IN_CLUSTER' || !byId.has(e.source) || !isFrame(e.target) || isFrame(e.source) || parentOf.has(e.source)) continue;
    parentOf.set(e.source, e.target);
  }
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const e of edges) {
      if (e.type !== 'PART_OF' || parentOf.has(e.source) || isFrame(e.source) || !byId.has(e.source)) continue;
      const frame = parentOf.get(e.target);
      if (frame) {
        parentOf.set(e.source, frame);
        changed = true;
      }
    }
    if (!changed) break;
  }

  // Everything else: the one frame among its neighbours; two rounds, so a mandate follows its group.
  for (let round = 0; round < 2; round++) {
    const found = new Map<string, string>();
    for (const node of nodes) {
      if (node.label === 'Organisation' || parentOf.has(node.id)) continue;
      let frame: string | null = null;
      let several = false;
      for (const e of edgesOf.get(node.id) ?? []) {
        const next = other(e, node.id);
        const f = isFrame(next) ? next : parentOf.get(next);
        if (!f) continue;
        if (frame !== null && frame !== f) several = true;
        frame = f;
      }
      if (frame && !several) found.set(node.id, frame);
    }
    for (const [id, frame] of found) parentOf.set(id, frame);
  }

  const containedEdgeIds = new Set<string>();
  for (const e of edges) {
    if (parentOf.get(e.source) === e.target || parentOf.get(e.target) === e.source) containedEdgeIds.add(e.id);
  }
  return { parentOf, containedEdgeIds };
}
