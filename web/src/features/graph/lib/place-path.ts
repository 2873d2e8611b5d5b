import type { Core, NodeSingular, Position } from 'cytoscape';
import type { PathIds } from './path-elements';

/**
 * Places the path's temporary nodes (left out by the view, drawn for the path) between the
 * path's drawn nodes on either side, evenly, bent a little off the straight line so they do not
 * sit on an edge. Nothing else moves. Without any drawn node on the path it is laid out in a
 * row around the view's centre.
 */
export function placePath(cy: Core, path: PathIds): void {
  const nodes = path.nodeIds.map((id) => cy.getElementById(id)).filter((n) => n.nonempty()) as NodeSingular[];
  const fixed = nodes.map((n) => !n.data('context'));
  if (fixed.every(Boolean)) return;
  const e = cy.extent();
  const centre = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  cy.batch(() => {
    if (!fixed.some(Boolean)) {
      nodes.forEach((n, i) => {
        n.position({ x: centre.x + (i - (nodes.length - 1) / 2) * 140, y: centre.y });
      });
      return;
    }
    let i = 0;
    while (i < nodes.length) {
      if (fixed[i]) {
        i++;
        continue;
      }
      let end = i;
      while (end < nodes.length && !fixed[end]) end++;
      const before: Position | null = i > 0 ? nodes[i - 1]!.position() : null;
      const after: Position | null = end < nodes.length ? nodes[end]!.position() : null;
      const run = end - i;
      for (let k = 0; k < run; k++) {
        let at: Position;
        if (before && after) {
          const t = (k + 1) / (run + 1);
          const dx = after.x - before.x;
          const dy = after.y - before.y;
          const length = Math.hypot(dx, dy) || 1;
          // A short step sideways, so the node is not hidden under a straight edge between the two.
          const bend = Math.max(60, length * 0.15) * Math.sin(Math.PI * t);
          at = { x: before.x + dx * t - (dy / length) * bend, y: before.y + dy * t + (dx / length) * bend };
        } else {
          const from = (before ?? after)!;
          const direction = before ? 1 : -1;
          const step = before ? k + 1 : run - k;
          at = { x: from.x + direction * step * 120, y: from.y - step * 60 };
        }
        nodes[i + k]!.position(at);
      }
      i = end;
    }
  });
}
