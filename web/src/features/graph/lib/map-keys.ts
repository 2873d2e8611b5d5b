import type { Core } from 'cytoscape';

/** How far an arrow key pans, in screen pixels. */
const STEP = 60;

export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function fitAll(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });
}

/** The map's keyboard: + and − zoom, 0 fits, the arrows pan, Escape clears the selection. Returns whether the key was handled. */
export function handleMapKey(cy: Core, key: string, onEscape: () => void): boolean {
  const keys: Record<string, () => void> = {
    '+': () => zoomBy(cy, 1.25),
    '=': () => zoomBy(cy, 1.25),
    '-': () => zoomBy(cy, 0.8),
    '0': () => fitAll(cy),
    ArrowLeft: () => cy.panBy({ x: STEP, y: 0 }),
    ArrowRight: () => cy.panBy({ x: -STEP, y: 0 }),
    ArrowUp: () => cy.panBy({ x: 0, y: STEP }),
    ArrowDown: () => cy.panBy({ x: 0, y: -STEP }),
    Escape: onEscape,
  };
  const action = keys[key];
  if (!action) return false;
  action();
  return true;
}
