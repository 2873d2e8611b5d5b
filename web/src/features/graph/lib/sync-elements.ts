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
 * not change keep their position; new ones are placed by the band layout (use-band-layout.ts)
 * or, when temporary, by placeContext and placePath.
 */
export interface NewNodeSetup {
  /** Where a new node starts (the layout's answer: adding it there saves moving it after). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Classes a new node starts with (the level of detail's), so it is styled once, not twice. */
  classesOf?: (data: MapElements['nodes'][number]) => string;
}

export function syncElements(cy: Core, next: MapElements, setup: NewNodeSetup = {}): SyncResult {
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
      const position = setup.positions?.get(data.id);
      newNodes.push({
        group: 'nodes',
        data: { ...data, parent: parentId },
        ...(position ? { position: { ...position } } : {}),
        classes: setup.classesOf?.(data) ?? '',
      });
      adding.add(data.id);
    }
    if (newNodes.length > 0) cy.add(newNodes);
    added += newNodes.length;
    // Re-parent nodes whose frame changed; children leave a parent before it is removed. New
    // nodes were added with theirs (looking each up costs a collection apiece: seconds at 2,000).
    for (const data of next.nodes) {
      if (adding.has(data.id)) continue;
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

  return { idsChanged: added > 0 || removed > 0, added, removed };
}
