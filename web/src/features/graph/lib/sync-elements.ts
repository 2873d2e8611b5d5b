import type { Core, ElementDefinition } from 'cytoscape';
import type { FrameBox } from './band-layout';
import type { MapElements } from './to-elements';

export interface SyncResult {
  /** The set of element ids changed: the layout has to run again. */
  idsChanged: boolean;
  added: number;
  removed: number;
}

function sameData(current: Record<string, unknown>, next: object): boolean {
  for (const [key, value] of Object.entries(next)) {
    if (current[key] !== value) return false;
  }
  return true;
}

/**
 * Brings the Cytoscape graph to `next` by id inside one batch: adds what is new, updates changed
 * data, removes what is gone. Elements that did not change keep their position; new ones are
 * placed by the band layout (use-band-layout.ts) or, when temporary, by placeContext and placePath.
 * A frame is a plain node (no compound parents): its box is data, set by the band layout.
 */
export interface NewNodeSetup {
  /** Where a new node starts (the layout's answer: adding it there saves moving it after). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Where a new frame starts and its size (frameBoxes). */
  frames?: ReadonlyMap<string, FrameBox>;
  /** Classes a new node starts with (the level of detail's), so it is styled once, not twice. */
  classesOf?: (data: MapElements['nodes'][number]) => string;
}

/** Fields a node may lose: its frame, or being a frame. */
const OPTIONAL_FIELDS = ['frame', 'isFrame'] as const;

export function syncElements(cy: Core, next: MapElements, setup: NewNodeSetup = {}): SyncResult {
  const nextNodeIds = new Set(next.nodes.map((n) => n.id));
  const nextEdgeIds = new Set(next.edges.map((e) => e.id));
  let added = 0;
  let removed = 0;

  cy.batch(() => {
    // Nodes first. New ones are added in one call: one cy.add per element costs a collection
    // each, noticeable with thousands.
    const newNodes: ElementDefinition[] = [];
    for (const data of next.nodes) {
      const existing = cy.getElementById(data.id);
      if (existing.nonempty()) {
        const current = existing.data() as Record<string, unknown>;
        if (!sameData(current, data)) existing.data(data);
        // data() merges: a node that left its frame, or a frame whose members are all filtered
        // out, loses the field (the band layout sizes the frames that stay).
        const gone = OPTIONAL_FIELDS.filter((key) => current[key] !== undefined && data[key] === undefined);
        if (gone.length > 0) existing.removeData(gone.join(' '));
        continue;
      }
      const box = setup.frames?.get(data.id);
      const position = box ?? setup.positions?.get(data.id);
      newNodes.push({
        group: 'nodes',
        // A copy: Cytoscape keeps the object it is given and writes into it.
        data: box ? { ...data, frameWidth: box.w, frameHeight: box.h } : { ...data },
        ...(position ? { position: { x: position.x, y: position.y } } : {}),
        classes: setup.classesOf?.(data) ?? '',
      });
    }
    if (newNodes.length > 0) cy.add(newNodes);
    added += newNodes.length;
    const staleEdges = cy.edges().filter((e) => !nextEdgeIds.has(e.id()));
    removed += staleEdges.length;
    cy.remove(staleEdges);
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
