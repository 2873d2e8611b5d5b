import { HUB_KINDS, UMBRELLA_KINDS } from '../hubs.js';

/**
 * The rules a connection path keeps, as pure functions over the records the reader returns
 * (connection-reader.ts). The search (connection-search.ts) and its unit tests use them; none
 * of them reads the graph.
 */

/** What the search knows of a node it has reached: enough to decide whether to walk on. */
export interface SearchNode {
  id: string;
  label: 'Organisation' | 'Group' | 'Channel' | 'Other';
  kind?: string | null;
  validTo?: string | null;
}

/** A relationship the search has read: its type and ends (as stored); its properties are read for the answer's paths only. */
export interface SearchEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

/** How a path entered a node: through SERVES, up PART_OF from a member, or otherwise. */
export type EntryTag = 'SERVES' | 'FROM_MEMBER' | '';

/** The search's state key: a node and how it was entered (matters at channels and umbrellas only). */
export const stateKey = (id: string, entered: EntryTag) => `${id}|${entered}`;

/** The other end of `edge` seen from `nodeId`. */
export function otherEnd(edge: SearchEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/**
 * A node a path may walk through: no hub (the region, a cluster), no group that has ended on
 * `day`. The ends of the question are let through by the caller.
 */
export function isPassable(n: SearchNode | undefined, day: string): boolean {
  if (!n) return false;
  if (n.label === 'Organisation' && HUB_KINDS.includes(n.kind ?? '')) return false;
  if (n.label === 'Group' && typeof n.validTo === 'string' && n.validTo < day) return false;
  return true;
}

/** How a path arrived at `w` over `edge`, as far as the rules in `mayLeave` care. */
export function entryTag(edge: SearchEdge, w: string): EntryTag {
  if (edge.type === 'SERVES') return 'SERVES';
  if (edge.type === 'PART_OF' && edge.target === w) return 'FROM_MEMBER';
  return '';
}

/** How a node was entered, kept only where a rule of mayLeave applies: at channels and umbrellas. */
export function relevantEntry(n: SearchNode | undefined, entered: EntryTag): EntryTag {
  if (entered === 'SERVES') return n?.label === 'Channel' ? entered : '';
  if (entered === 'FROM_MEMBER') return n?.label === 'Organisation' && UMBRELLA_KINDS.includes(n.kind ?? '') ? entered : '';
  return '';
}

/**
 * A channel joins its provider with those it serves, not the served with each other: two
 * municipalities that may both call VISO have not met. So a path that enters a channel
 * through SERVES must leave it through PROVIDES. Likewise an umbrella (PLO-Midtjylland, of
 * which every practice is part) does not join two of its members: two practices are not
 * linked by both being in PLO. A unit and its municipality's other units are (one employer).
 * (The start of the question may be left any way; the caller says so.)
 */
export function mayLeave(n: SearchNode | undefined, entered: EntryTag, edge: SearchEdge): boolean {
  const rule = relevantEntry(n, entered);
  if (rule === 'SERVES') return edge.type === 'PROVIDES';
  if (rule === 'FROM_MEMBER') return !(edge.type === 'PART_OF' && edge.target === n?.id);
  return true;
}
