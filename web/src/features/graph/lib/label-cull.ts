import type { BoundingBox12, Core, SingularElementArgument } from 'cytoscape';

/** Air kept between two labels, in model pixels. */
const MARGIN = 2;
const CELL = 256;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The safety net behind the band layout: where two labels would still overlap (a context ring
 * around the selection, a path's extra nodes, an aggregate edge's count), the less important
 * one is not drawn (.label-culled) — frames first, then landmarks, meeting places, detail, then
 * counts on edges. Fonts are in model pixels, so an overlap is the same at every zoom and one
 * pass per change of the elements is enough. Returns how many labels were culled.
 */
export function cullLabels(cy: Core): number {
  const candidates: Array<{ ele: SingularElementArgument; rank: number; box: Box }> = [];
  // The class hides a label's text, not its box: the boxes are the same with it or without.
  cy.elements().forEach((ele) => {
    if (!ele.visible()) return;
    // pstyle: the computed label (the typings leave it out).
    const label = (ele as unknown as { pstyle(name: string): { strValue: string } }).pstyle('label').strValue;
    if (!label) return;
    const bb: BoundingBox12 = ele.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false } as never);
    if (!Number.isFinite(bb.x1) || bb.x2 <= bb.x1) return;
    const tier = ele.isNode() ? Number(ele.data('tier') ?? 3) : 2.5;
    // The path's ends, then the selection and the rest of the path keep their labels: they are what the user looks at.
    const rank = ele.hasClass('path-end') ? -2 : ele.hasClass('selected') || ele.hasClass('on-path') ? -1 : tier;
    candidates.push({ ele, rank, box: { x1: bb.x1 - MARGIN, y1: bb.y1 - MARGIN, x2: bb.x2 + MARGIN, y2: bb.y2 + MARGIN } });
  });
  candidates.sort((a, b) => a.rank - b.rank || (a.ele.id() < b.ele.id() ? -1 : 1));
  const grid = new Map<string, Box[]>();
  const cellsOf = (b: Box): string[] => {
    const keys: string[] = [];
    for (let gx = Math.floor(b.x1 / CELL); gx <= Math.floor(b.x2 / CELL); gx++)
      for (let gy = Math.floor(b.y1 / CELL); gy <= Math.floor(b.y2 / CELL); gy++) keys.push(`${gx}:${gy}`);
    return keys;
  };
  const culled: SingularElementArgument[] = [];
  for (const c of candidates) {
    const keys = cellsOf(c.box);
    if (keys.some((k) => (grid.get(k) ?? []).some((b) => overlaps(b, c.box)))) {
      culled.push(c.ele);
      continue;
    }
    for (const k of keys) (grid.get(k) ?? grid.set(k, []).get(k)!).push(c.box);
  }
  // Only what changes is touched: a class added or removed restyles the element (and removeClass
  // restyles every element it is called on), so taking all off and putting them back restyled
  // ~100 edges of the national view at every change of the selection.
  const culledIds = new Set(culled.map((e) => e.id()));
  const before = cy.elements('.label-culled');
  cy.batch(() => {
    before.filter((e) => !culledIds.has(e.id())).removeClass('label-culled');
    for (const e of culled) if (!e.hasClass('label-culled')) e.addClass('label-culled');
  });
  return culled.length;
}
