import { useEffect, useRef } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { frameBoxes } from '../lib/band-layout';
import type { MapNodeData } from '../lib/to-elements';

/**
 * Frames are plain nodes (band-layout.ts's frameBoxes), not Cytoscape's compound parents, so
 * what a compound parent did by itself is done here: a dragged member takes its frame's box
 * with it (the box is recomputed around the frame's members, as the layout made it), and a
 * dragged frame takes its members along.
 */
export function useFrameDrag(cy: Core | null, nodes: readonly MapNodeData[]): void {
  const nodesRef = useRef(nodes);
  nodesRef.current = nodes;

  useEffect(() => {
    if (!cy) return;
    // Where the grabbed frame was at the last drag event: its members move by the difference.
    let last: { x: number; y: number } | null = null;
    const onGrab = (event: EventObject) => {
      const node = event.target as NodeSingular;
      last = node.data('isFrame') ? { ...node.position() } : null;
    };
    const onDrag = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.data('isFrame')) {
        const at = node.position();
        if (last) {
          const id = node.id();
          const dx = at.x - last.x;
          const dy = at.y - last.y;
          const members = cy.nodes().filter((n) => n.data('frame') === id);
          cy.batch(() => members.forEach((n) => void n.position({ x: n.position('x') + dx, y: n.position('y') + dy })));
        }
        last = { ...at };
        return;
      }
      const frameId = node.data('frame') as string | undefined;
      if (!frameId) return;
      const box = frameBoxes(
        nodesRef.current,
        (id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? (n as NodeSingular).position() : undefined;
        },
        new Set([frameId]),
      ).get(frameId);
      const frame = cy.getElementById(frameId);
      if (!box || frame.empty()) return;
      cy.batch(() => {
        (frame as NodeSingular).position({ x: box.x, y: box.y });
        frame.data({ frameWidth: box.w, frameHeight: box.h });
      });
    };
    cy.on('grab', 'node', onGrab);
    cy.on('drag', 'node', onDrag);
    return () => {
      cy.off('grab', 'node', onGrab);
      cy.off('drag', 'node', onDrag);
    };
  }, [cy]);
}
