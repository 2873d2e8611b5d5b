import type { Core } from 'cytoscape';

/** What an exported map says about itself: a picture alone does not tell which view it is. */
export interface ExportInfo {
  title: string;
  /** The date, the scope and the focus, in words. */
  subtitle: string;
  /** One line per active filter ("Skjult: Personer, Mandater"). */
  filters: string[];
  legend: Array<{ colour: string; text: string }>;
  /** Bottom line: where it came from. */
  source: string;
}

/** A slide is 1920 pixels wide at least; the map may be wider, up to this. */
const MIN_WIDTH = 1920;
const MAX_WIDTH = 3200;
const MARGIN = 48;
const FONT = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

interface Layout {
  width: number;
  height: number;
  mapX: number;
  mapY: number;
  mapW: number;
  mapH: number;
  lines: Array<{ text: string; x: number; y: number; size: number; bold: boolean; colour: string }>;
  swatches: Array<{ x: number; y: number; colour: string }>;
}

/** Where everything goes: title and subtitle on top, the map, then filters and the legend below it. */
function place(info: ExportInfo, mapW: number, mapH: number): Layout {
  const width = Math.max(MIN_WIDTH, mapW + 2 * MARGIN);
  const lines: Layout['lines'] = [];
  let y = MARGIN + 44;
  lines.push({ text: info.title, x: MARGIN, y, size: 44, bold: true, colour: '#111827' });
  y += 44;
  lines.push({ text: info.subtitle, x: MARGIN, y, size: 26, bold: false, colour: '#374151' });
  y += 30;
  const mapY = y;
  const mapX = Math.round((width - mapW) / 2);
  y = mapY + mapH + 44;
  for (const f of info.filters) {
    lines.push({ text: f, x: MARGIN, y, size: 24, bold: false, colour: '#374151' });
    y += 34;
  }
  y += 12;
  const swatches: Layout['swatches'] = [];
  const columnWidth = 360;
  const perLine = Math.max(1, Math.floor((width - 2 * MARGIN) / columnWidth));
  info.legend.forEach((entry, i) => {
    const x = MARGIN + (i % perLine) * columnWidth;
    const ly = y + Math.floor(i / perLine) * 38;
    swatches.push({ x, y: ly - 20, colour: entry.colour });
    lines.push({ text: entry.text, x: x + 36, y: ly, size: 24, bold: false, colour: '#111827' });
  });
  y += Math.ceil(info.legend.length / perLine) * 38 + 16;
  lines.push({ text: info.source, x: MARGIN, y, size: 20, bold: false, colour: '#6B7280' });
  return { width, height: y + MARGIN / 2, mapX, mapY, mapW, mapH, lines, swatches };
}

/** The whole map (not only what is in view) at a scale that fills a slide. */
function mapScale(cy: Core): number {
  const box = cy.elements().boundingBox({});
  return Math.min(4, Math.max(0.5, (MAX_WIDTH - 2 * MARGIN) / Math.max(box.w, 1)));
}

/** A PNG for a slide: title, date and scope, the whole map, the filters and the legend. */
export async function composePng(cy: Core, info: ExportInfo): Promise<Blob> {
  const scale = mapScale(cy);
  const map = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale, maxWidth: MAX_WIDTH - 2 * MARGIN, maxHeight: 4000 });
  const image = await createImageBitmap(map);
  const layout = place(info, image.width, image.height);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2D canvas');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(image, layout.mapX, layout.mapY);
  g.strokeStyle = '#E5E7EB';
  g.strokeRect(layout.mapX - 0.5, layout.mapY - 0.5, layout.mapW + 1, layout.mapH + 1);
  for (const s of layout.swatches) {
    g.fillStyle = s.colour;
    g.fillRect(s.x, s.y, 24, 24);
  }
  for (const l of layout.lines) {
    g.fillStyle = l.colour;
    g.font = `${l.bold ? 'bold ' : ''}${l.size}px ${FONT}`;
    g.fillText(l.text, l.x, l.y, layout.width - l.x - MARGIN);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * An SVG with the same content: title, subtitle, filters and legend as text (searchable,
 * editable in a slide program), the map as an embedded image at slide resolution.
 */
export async function composeSvg(cy: Core, info: ExportInfo): Promise<Blob> {
  const scale = mapScale(cy);
  const dataUrl = cy.png({ output: 'base64uri', full: true, bg: '#ffffff', scale, maxWidth: MAX_WIDTH - 2 * MARGIN, maxHeight: 4000 });
  const size = await new Promise<{ w: number; h: number }>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve({ w: img.naturalWidth, h: img.naturalHeight });
    img.onerror = () => reject(new Error('the map image could not be read'));
    img.src = dataUrl;
  });
  const layout = place(info, size.w, size.h);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title>${escapeXml(info.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<image x="${layout.mapX}" y="${layout.mapY}" width="${layout.mapW}" height="${layout.mapH}" href="${dataUrl}"/>`,
    ...layout.swatches.map((s) => `<rect x="${s.x}" y="${s.y}" width="24" height="24" fill="${s.colour}"/>`),
    ...layout.lines.map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-family="${escapeXml(FONT)}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.colour}">${escapeXml(l.text)}</text>`,
    ),
    '</svg>',
  ];
  return new Blob([parts.join('\n')], { type: 'image/svg+xml' });
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
