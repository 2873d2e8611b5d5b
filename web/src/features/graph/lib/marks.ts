import type { WhatIf } from '../api/get-what-if';
import type { MapElements } from './to-elements';

/**
 * Marks from outside the map's own selection, drawn by the stylesheet from each element's
 * `mark` data (mark-style.ts): the evidence of a gap finding opened with "Vis på kortet"
 * (`markeret` in the address), and what would break without the subject of a what-if question
 * (`hvis`): what goes with it, and what would be hit.
 */
export type Mark = 'evidence' | 'at-risk' | 'removed';

export function marksOf(marked: ReadonlySet<string>, whatIf: WhatIf | null): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const id of marked) marks.set(id, 'evidence');
  if (whatIf) {
    for (const id of whatIf.affectedIds) marks.set(id, 'at-risk');
    for (const id of whatIf.removedIds) marks.set(id, 'removed');
  }
  return marks;
}

/**
 * Every element gets a `mark` ('' when none), so removing a mark reaches the drawn element
 * too (syncElements updates only the data keys it is given).
 */
export function markElements(elements: MapElements, marks: ReadonlyMap<string, Mark>): MapElements {
  return {
    nodes: elements.nodes.map((n) => ({ ...n, mark: marks.get(n.id) ?? '' })),
    edges: elements.edges.map((e) => ({ ...e, mark: marks.get(e.id) ?? '' })),
  };
}
