import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { MapElements } from './to-elements';

export interface SyncResult {
  /** The set of element ids changed: the layout has to run again. */
  idsChanged: boolean;
  added: number;
  removed: number;
}

function sameData(current: Record<string, unknown>, next: object): boolean {
  for (const [key, value] of Object.entries(next)) {
    if (key === 'parent') continue;
    if (current[key] !== value) return false;
  }
  return true;
}

/**
 * Brings the Cytoscape graph to `next` by id inside one batch: adds what is new, moves nodes
 * whose compound parent changed, updates changed data, removes what is gone. Elements that did
 * not change keep their position. New nodes start next to a neighbour or their parent, so an
 * incremental layout has somewhere sensible to begin.
 */
export function syncElements(cy: Core, next: MapElements): SyncResult {
  const nextNodeIds = new Set(next.nodes.map((n) => n.id));
  const nextEdgeIds = new Set(next.edges.map((e) => e.id));
  let added = 0;
  let removed = 0;

  cy.batch(() => {
    // Nodes first, parents before children (toElements sorts them so). New ones are added in one
    // call: one cy.add per element costs a collection each, noticeable with thousands.
    const newNodes: ElementDefinition[] = [];
    const adding = new Set<string>();
    for (const data of next.nodes) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        if (!sameData(existing.data() as Record<string, unknown>, data)) existing.data(data);
        continue;
      }
      const parentId = data.parent && (adding.has(data.parent) || cy.getElementById(data.parent).nonempty()) ? data.parent : undefined;
      newNodes.push({ group: 'nodes', data: { ...data, parent: parentId } });
      adding.add(data.id);
    }
    if (newNodes.length > 0) cy.add(newNodes);
    added += newNodes.length;
    // Re-parent nodes whose frame changed; children leave a parent before it is removed.
    for (const data of next.nodes) {
      const node = cy.getElementById(data.id) as NodeSingular;
      const wanted = data.parent ?? null;
      const current = node.parent().nonempty() ? node.parent().first().id() : null;
      if (wanted !== current) node.move({ parent: wanted });
    }
    const staleEdges = cy.edges().filter((e) => !nextEdgeIds.has(e.id()));
    removed += staleEdges.length;
    cy.remove(staleEdges);
    // A removed parent takes only stale descendants with it: kept children were moved out above.
    const staleNodes = cy.nodes().filter((n) => !nextNodeIds.has(n.id()));
    removed += staleNodes.length;
    cy.remove(staleNodes);

    const newEdges: ElementDefinition[] = [];
    for (const data of next.edges) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        if (existing.data('source') !== data.source || existing.data('target') !== data.target) {
          cy.remove(existing);
          newEdges.push({ group: 'edges', data });
        } else if (!sameData(existing.data() as Record<string, unknown>, data)) {
          existing.data(data);
        }
        continue;
      }
      newEdges.push({ group: 'edges', data });
      added++;
    }
    if (newEdges.length > 0) cy.add(newEdges);
  });

  if (added > 0) cy.batch(() => placeNewNodes(cy));
  return { idsChanged: added > 0 || removed > 0, added, removed };
}

/** Nodes that were never laid out sit at the origin: start them beside something they touch. */
function placeNewNodes(cy: Core): void {
  cy.nodes().forEach((node) => {
    if (node.isParent() || node.scratch('_haenderne_placed')) return;
    node.scratch('_haenderne_placed', true);
    const anchor = node.parent().nonempty()
      ? node.parent().children().not(node).filter((n) => n.scratch('_haenderne_placed') === true)
      : node.neighborhood('node').filter((n) => n.scratch('_haenderne_placed') === true);
    const at = anchor.nonempty() ? (anchor.first() as NodeSingular).position() : { x: 0, y: 0 };
    node.position({ x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 });
  });
}
