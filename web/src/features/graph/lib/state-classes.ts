import type { Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';

import type { PathIds } from './path-elements';

export const STATE_CLASSES = 'selected highlighted faded on-path path-end';
const STATE_SELECTOR = STATE_CLASSES.split(' ')
  .map((c) => `.${c}`)
  .join(', ');

/**
 * Marks the selection (.selected), what touches it (.highlighted) and fades the rest (.faded).
 * Without a selection, search matches are highlighted instead. A shown path (.on-path, its two
 * ends also .path-end) wins over both: everything off the path fades, the selection stays
 * marked. The cluster frames of anything kept are never faded: the frame shows where it belongs.
 */
export function applyStateClasses(
  cy: Core,
  selectedId: string | null,
  matchIds: ReadonlySet<string> | null,
  path: PathIds | null = null,
  /** False in a focused view: it is the neighbourhood itself, fading its outer rings would hide what "Udvid" just added. */
  fadeOthers = true,
): void {
  cy.batch(() => {
    // Only from the elements that have one: Cytoscape's removeClass restyles every element it is
    // called on, whether it had the class or not (the whole map at each change of the selection).
    cy.elements(STATE_SELECTOR).removeClass(STATE_CLASSES);
    const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
    if (path) {
      const onPath = cy.collection();
      for (const id of [...path.nodeIds, ...path.edgeIds]) onPath.merge(cy.getElementById(id));
      onPath.addClass('on-path');
      cy.getElementById(path.nodeIds[0]!)
        .union(cy.getElementById(path.nodeIds[path.nodeIds.length - 1]!))
        .addClass('path-end');
      const keep = onPath.union(framesOf(cy, onPath.nodes())).union(selected);
      cy.elements().not(keep).addClass('faded');
      selected.addClass('selected');
      return;
    }
    if (selected.nonempty() && selected.isNode()) {
      const node = selected as NodeSingular;
      const edges = node.connectedEdges();
      const neighbours = node.neighborhood('node');
      const focus = node.union(neighbours).union(membersOf(cy, node));
      const keep = focus.union(framesOf(cy, focus)).union(edges);
      node.addClass('selected');
      neighbours.union(edges).addClass('highlighted');
      if (fadeOthers) cy.elements().not(keep).addClass('faded');
      return;
    }
    if (matchIds) {
      const matches = cy.nodes().filter((n) => matchIds.has(n.id()));
      const keep: Collection = matches.union(framesOf(cy, matches));
      matches.addClass('highlighted');
      cy.elements().not(keep).addClass('faded');
    }
  });
}

/** The frames the nodes are drawn in (frames are plain nodes: `frame` names a member's). */
function framesOf(cy: Core, nodes: Collection | NodeCollection): Collection {
  const ids = new Set<string>();
  nodes.forEach((n) => {
    const frame = n.data('frame') as string | undefined;
    if (frame) ids.add(frame);
  });
  const frames = cy.collection();
  for (const id of ids) frames.merge(cy.getElementById(id));
  return frames;
}

/** A frame's members (nothing for another node). */
function membersOf(cy: Core, node: NodeSingular): Collection {
  if (!node.data('isFrame')) return cy.collection();
  const id = node.id();
  return cy.nodes().filter((n) => n.data('frame') === id);
}

const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Closer than this and the labels get larger than the panel text. */
const MAX_FOCUS_ZOOM = 1.1;

/** Pans and zooms so the whole path is in view. */
export function focusPath(cy: Core, path: PathIds): void {
  const eles = cy.collection();
  for (const id of path.nodeIds) eles.merge(cy.getElementById(id));
  if (eles.empty()) return;
  cy.resize();
  cy.stop(true, true);
  const box = eles.boundingBox({});
  const padding = 70;
  const zoom = Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1), MAX_FOCUS_ZOOM);
  const pan = { x: cy.width() / 2 - (box.x1 + box.w / 2) * zoom, y: cy.height() / 2 - (box.y1 + box.h / 2) * zoom };
  if (reducedMotion()) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration: 350, easing: 'ease-in-out-cubic' });
}

/** Pans and zooms so the node and its surroundings (neighbours, cluster frame) are in view. */
export function focusNode(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return false;
  const n = node as NodeSingular;
  // The details panel may have just narrowed the map; read the container's size now.
  cy.resize();
  const frame = n.data('frame') as string | undefined;
  const around = frame ? n.closedNeighborhood().union(cy.getElementById(frame)) : n.closedNeighborhood();
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
