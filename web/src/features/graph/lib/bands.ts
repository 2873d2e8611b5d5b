import { collator } from '../../../lib/collator';
import type { GraphEdge, GraphNode } from '../types';

/**
 * The overview's columns, left to right: the region, the bridges between region and general
 * practice, general practice, the bridges towards the municipalities, the municipalities.
 * Sectors are places; what joins them is drawn between them.
 */
export const BANDS = ['REGION', 'BRIDGE_LEFT', 'GENERAL_PRACTICE', 'BRIDGE_RIGHT', 'MUNICIPALITY'] as const;
const SECTOR_BAND: Record<string, number> = { REGION: 0, NATIONAL: 0, GENERAL_PRACTICE: 2, MUNICIPALITY: 4 };

/** Order within a column: the hierarchy first (region, hospital, department …), people last. */
const KIND_RANK: Record<string, number> = {
  REGION: 0,
  HOSPITAL: 1,
  HOSPITAL_DEPARTMENT: 2,
  NATIONAL_BODY: 3,
  GP_ORGANISATION: 4,
  GP_PRACTICE: 5,
  PRIVATE_SPECIALIST: 6,
  MUNICIPALITY: 7,
  MUNICIPAL_UNIT: 8,
};
const LABEL_RANK: Record<string, number> = { Group: 10, Agreement: 11, Element: 12, Mandate: 13, Channel: 14, Pathway: 15, Step: 16, Person: 20 };
const rankOf = (n: GraphNode): number => (n.label === 'Organisation' ? (KIND_RANK[n.kind ?? ''] ?? 9) : (LABEL_RANK[n.label] ?? 17));

export interface Placement {
  /** Index into BANDS. */
  band: number;
  /** Position in the band's cell: nodes are laid out in this order (compared as strings). */
  order: string;
}

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * Each node's column and its order inside the column. Organisations go to their sector's
 * column, people to their workplace's, and everything else between the sectors it touches:
 * left of general practice when it leans towards the region, right of it otherwise.
 * Deterministic: the same nodes and edges give the same answer.
 */
export function placeInBands(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, Placement> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, Array<{ id: string; type: string; out: boolean }>>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push({ id: e.target, type: e.type, out: true });
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push({ id: e.source, type: e.type, out: false });
  }
  const band = new Map<string, number>();
  for (const n of nodes) if (n.sector && SECTOR_BAND[n.sector] !== undefined) band.set(n.id, SECTOR_BAND[n.sector]!);
  for (const n of nodes) {
    if (n.label !== 'Person') continue;
    const work = (neighbours.get(n.id) ?? []).filter((x) => x.type === 'WORKS_IN' && x.out && band.has(x.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
    if (work[0]) band.set(n.id, band.get(work[0].id)!);
  }
  // Bridges: the mean column of what they touch, in two rounds (a mandate follows its group).
  for (let round = 0; round < 2; round++) {
    const found = new Map<string, number>();
    for (const n of nodes) {
      if (band.has(n.id)) continue;
      const near = (neighbours.get(n.id) ?? []).map((x) => band.get(x.id)).filter((b): b is number => b !== undefined);
      if (near.length === 0) continue;
      const mean = near.reduce((s, b) => s + b, 0) / near.length;
      found.set(n.id, mean < 2 ? 1 : 3);
    }
    for (const [id, b] of found) band.set(id, b);
  }

  // Order: next to what a node belongs to (a unit after its municipality, a person after their workplace).
  const anchorOf = (n: GraphNode): GraphNode => {
    const link = (neighbours.get(n.id) ?? []).filter(
      (x) => x.out && (x.type === 'PART_OF' || x.type === 'WORKS_IN') && byId.has(x.id) && band.get(x.id) === band.get(n.id),
    );
    link.sort((a, b) => collator.compare(byId.get(a.id)!.name, byId.get(b.id)!.name) || (a.id < b.id ? -1 : 1));
    return link[0] ? byId.get(link[0].id)! : n;
  };
  const anchors = new Map(nodes.map((n) => [n.id, anchorOf(n)]));
  const sorted = [...nodes].sort((a, b) => {
    const aa = anchors.get(a.id)!;
    const ab = anchors.get(b.id)!;
    return (
      rankOf(aa) - rankOf(ab) ||
      collator.compare(aa.name, ab.name) ||
      (aa.id < ab.id ? -1 : aa.id > ab.id ? 1 : 0) ||
      rankOf(a) - rankOf(b) ||
      collator.compare(a.name, b.name) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  });
  const result = new Map<string, Placement>();
  sorted.forEach((n, i) => {
    result.set(n.id, { band: band.get(n.id) ?? 1, order: pad(Math.floor(i / 1000)) + pad(i % 1000) });
  });
  return result;
}
