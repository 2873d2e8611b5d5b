import type { Collection, Core, NodeSingular } from 'cytoscape';

export const STATE_CLASSES = 'selected highlighted faded';

/**
 * Marks the selection (.selected), what touches it (.highlighted) and fades the rest (.faded).
 * Without a selection, search matches are highlighted instead. Ancestors (cluster frames) of
 * anything kept are never faded, because a frame's opacity also dims everything inside it.
 */
export function applyStateClasses(cy: Core, selectedId: string | null, matchIds: ReadonlySet<string> | null): void {
  cy.batch(() => {
    cy.elements().removeClass(STATE_CLASSES);
    const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
    if (selected.nonempty() && selected.isNode()) {
      const node = selected as NodeSingular;
      const edges = node.connectedEdges();
      const neighbours = node.neighborhood('node');
      const focus = node.union(neighbours).union(node.descendants());
      const keep = focus.union(focus.ancestors()).union(edges);
      node.addClass('selected');
      neighbours.union(edges).addClass('highlighted');
      cy.elements().not(keep).addClass('faded');
      return;
    }
    if (matchIds) {
      const matches = cy.nodes().filter((n) => matchIds.has(n.id()));
      const keep: Collection = matches.union(matches.ancestors());
      matches.addClass('highlighted');
      cy.elements().not(keep).addClass('faded');
    }
  });
}

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Closer than this and the labels get larger than the panel text. */
const MAX_FOCUS_ZOOM = 1.1;

/** Pans and zooms so the node and its surroundings (neighbours, cluster frame) are in view. */
export function focusNode(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return false;
  const n = node as NodeSingular;
  // The details panel may have just narrowed the map; read the container's size now.
  cy.resize();
  const around = n.closedNeighborhood().union(n.parent());
  const box = around.boundingBox({});
  const padding = 60;
  const width = Math.max(cy.width() - 2 * padding, 50);
  const height = Math.max(cy.height() - 2 * padding, 50);
  let zoom = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1), MAX_FOCUS_ZOOM);
  let center = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  if (zoom < 0.5) {
    // The surroundings are too large to show legibly: show the node itself, centred.
    zoom = 0.9;
    center = n.position();
  }
  const pan = { x: cy.width() / 2 - center.x * zoom, y: cy.height() / 2 - center.y * zoom };
  cy.stop(true, true);
  if (reducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
  return true;
}
