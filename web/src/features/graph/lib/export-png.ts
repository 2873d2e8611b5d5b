import type { Core } from 'cytoscape';

/** Longest side of the exported image in pixels: sharp enough to print on A4, small enough to save quickly. */
const MAX_SIDE = 4000;

/** The whole map (not only what is in view) as a PNG on white. */
export function mapToPng(cy: Core): Blob {
  const box = cy.elements().boundingBox({});
  const longest = Math.max(box.w, box.h, 1);
  const scale = Math.min(2, MAX_SIDE / longest);
  return cy.png({ output: 'blob', full: true, bg: '#ffffff', scale, maxWidth: MAX_SIDE, maxHeight: MAX_SIDE });
}

/** yyyy-mm-dd in local time, for the file name. */
export function isoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Offers `blob` as a download named `fileName` through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has read the URL once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
