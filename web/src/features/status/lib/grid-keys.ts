import type { KeyboardEvent } from 'react';

const STEP: Record<string, [number, number]> = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };

/**
 * Arrow keys move between the cell buttons of a table body, so a keyboard user can walk the
 * matrix like a spreadsheet instead of tabbing through every cell (Tab still works).
 */
export function moveInGrid(event: KeyboardEvent<HTMLElement>): void {
  const step = STEP[event.key];
  const target = event.target as HTMLElement;
  const cell = target.closest('td');
  const row = cell?.parentElement as HTMLTableRowElement | null;
  const body = row?.parentElement as HTMLTableSectionElement | null;
  if (!step || !cell || !row || !body || target.tagName !== 'BUTTON') return;
  const next = body.rows[row.sectionRowIndex + step[0]]?.cells[(cell as HTMLTableCellElement).cellIndex + step[1]];
  const button = next?.querySelector('button');
  if (button) {
    event.preventDefault();
    button.focus();
  }
}
