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
  switch (key) {
    case '+':
    case '=':
      zoomBy(cy, 1.25);
      return true;
    case '-':
      zoomBy(cy, 0.8);
      return true;
    case '0':
      fitAll(cy);
      return true;
    case 'ArrowLeft':
      cy.panBy({ x: STEP, y: 0 });
      return true;
    case 'ArrowRight':
      cy.panBy({ x: -STEP, y: 0 });
      return true;
    case 'ArrowUp':
      cy.panBy({ x: 0, y: STEP });
      return true;
    case 'ArrowDown':
      cy.panBy({ x: 0, y: -STEP });
      return true;
    case 'Escape':
      onEscape();
      return true;
    default:
      return false;
  }
}
