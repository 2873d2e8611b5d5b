import type { Core, NodeSingular, Position } from 'cytoscape';
import { collator } from '../../../lib/collator';

/** Distance from the selected node to the first ring, and between rings. */
const FIRST_RING = 110;
const RING_STEP = 70;
/** Room each node gets along a ring (node plus label). */
const SLOT = 72;

function viewCentre(cy: Core): Position {
  const e = cy.extent();
  return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
}

/**
 * Places the context nodes (hidden by the filters, shown because they touch the selection) in
 * rings around the selected node, without moving anything else: no layout runs for them. A
 * selected node that is itself hidden goes next to a neighbour that is drawn.
 */
export function placeContext(cy: Core, selectedId: string | null): void {
  const context = cy.nodes('[?context]');
  if (context.empty()) return;
  const found = selectedId ? cy.getElementById(selectedId) : cy.collection();
  const selected = found.nonempty() && found.isNode() ? (found as NodeSingular) : null;

  cy.batch(() => {
    let centre: Position;
    if (selected?.data('context')) {
      const anchor = selected.neighborhood('node').filter((n) => !n.data('context'));
      const at = anchor.nonempty() ? (anchor.first() as NodeSingular).position() : viewCentre(cy);
      centre = anchor.nonempty() ? { x: at.x + 90, y: at.y - 90 } : at;
      selected.position(centre);
    } else {
      centre = selected ? selected.position() : viewCentre(cy);
    }
    const ringed = context
      .filter((n) => n !== selected)
      .sort((a, b) => collator.compare(a.data('label'), b.data('label')) || collator.compare(a.data('name'), b.data('name')));
    let ring = 0;
    let index = 0;
    while (index < ringed.length) {
      const radius = FIRST_RING + ring * RING_STEP;
      const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / SLOT));
      const count = Math.min(capacity, ringed.length - index);
      const offset = ring % 2 === 0 ? -Math.PI / 2 : -Math.PI / 2 + Math.PI / capacity;
      for (let i = 0; i < count; i++) {
        const angle = offset + (2 * Math.PI * i) / count;
        (ringed[index + i] as NodeSingular).position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      }
      index += count;
      ring++;
    }
  });
}
