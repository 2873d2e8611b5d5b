import type { Core } from 'cytoscape';
import { MIN_LABEL_PX } from './visual-encoding';

/**
 * The threshold last applied and the tiers' font sizes, per instance. Not in cy.scratch(): writing
 * the core's scratch marks every element's style dirty (Cytoscape's data setter calls
 * cy.updateStyle()), so each call restyled the whole map, twice before its first drawing.
 */
const lodState = new WeakMap<Core, { minFont: number; sizes: number[] }>();

/** Edge labels (aggregate counts) have this font size (graph-style.ts). */
export const EDGE_LABEL_FONT = 14;

/**
 * Level of detail for labels: at the current zoom, a label whose font size in model pixels
 * would be drawn under MIN_LABEL_PX on screen gets .lod-hidden. Cytoscape's own
 * min-zoomed-font-size rounds the zoom up to a power of two (a 26 px label at zoom 0.28 is still
 * drawn, at 7 px), so the cut is made here, exactly. Classes change only when the zoom crosses
 * a tier's threshold. Returns the smallest font size now drawn (model pixels).
 */
export function applyLabelLod(cy: Core, force = false): void {
  const minFont = MIN_LABEL_PX / cy.zoom();
  const state = lodState.get(cy);
  // Only the tiers' font sizes matter: the classes change when the threshold passes one of them.
  const sizes = state?.sizes ?? [];
  const band = (f: number) => sizes.filter((s) => s < f).length;
  if (!force && state !== undefined && band(state.minFont) === band(minFont)) return;
  if (force) {
    const all = new Set<number>([EDGE_LABEL_FONT]);
    cy.nodes().forEach((n) => void all.add(Number(n.data('fontSize'))));
    lodState.set(cy, { minFont, sizes: [...all].sort((a, b) => a - b) });
  } else lodState.set(cy, { minFont, sizes });
  // Selectors over data, one collection each: per-element class toggles cost seconds at 2,000.
  cy.batch(() => {
    cy.nodes(`.lod-hidden[fontSize >= ${minFont}]`).removeClass('lod-hidden');
    cy.nodes(`[fontSize < ${minFont}]`).not('.lod-hidden').addClass('lod-hidden');
    const edges = cy.edges('[count > 1]');
    if (EDGE_LABEL_FONT < minFont) edges.not('.lod-hidden').addClass('lod-hidden');
    else edges.filter('.lod-hidden').removeClass('lod-hidden');
  });
}
