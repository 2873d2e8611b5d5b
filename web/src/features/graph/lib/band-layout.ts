import { collator } from '../../../lib/collator';
import { BANDS } from './bands';
import { FRAME_TIER } from './visual-encoding';
import type { MapNodeData } from './to-elements';

export type Positions = Map<string, { x: number; y: number }>;

/** Space between columns (room for the edges that cross) and between a cell's items. */
const COLUMN_GAP = 80;
const ITEM_GAP_X = 20;
const ITEM_GAP_Y = 16;
/** Between two frames: both paddings, the lower frame's name above it, and air. */
const FRAME_PADDING = 16;
const ROW_GAP = FRAME_PADDING * 2 + FRAME_TIER.fontSize * 1.4 + 16;
const MAX_PER_LINE = 8;

interface Item {
  id: string;
  w: number;
  h: number;
}

/** The room a node takes: its shape, and its label below it. */
function itemOf(n: MapNodeData): Item {
  return { id: n.id, w: Math.max(n.size, n.labelWidth), h: n.size + 4 + n.fontSize * 1.3 };
}

/**
 * The overview's positions, computed, not simulated: rows are the cluster frames (region-wide
 * nodes first, in a row of their own), columns the bands (region, bridges, general practice,
 * bridges, municipality), and inside each cell the nodes on a grid in their band order. Every
 * pitch is wide enough for the longest label of its column, so no two labels meet at any zoom.
 * A pure function of the node data: same data and filters, same picture, on every machine.
 * Frames are not positioned here: frameBoxes draws each around its members.
 */
export function bandLayout(nodes: readonly MapNodeData[]): Positions {
  const leaves = nodes.filter((n) => !n.isFrame && !n.context);
  const names = new Map(nodes.map((n) => [n.id, n.name]));

  // Rows: '' (outside every frame) first, then the frames by name.
  const rowIds = [...new Set(leaves.map((n) => n.frame ?? ''))].sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : collator.compare(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : 1),
  );
  const cells = new Map<string, MapNodeData[]>();
  for (const n of leaves) {
    const key = `${n.frame ?? ''}\u0000${n.band}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(n);
  }
  for (const list of cells.values()) list.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));

  // Per column: the pitch of its grid; then how many items go on a line (chooseLines).
  const pitchX: number[] = [];
  const pitchY: number[] = [];
  const counts: number[][] = [];
  for (let b = 0; b < BANDS.length; b++) {
    let w = 0;
    let h = 0;
    counts[b] = rowIds.map((row) => {
      const list = cells.get(`${row}\u0000${b}`) ?? [];
      for (const n of list) {
        const item = itemOf(n);
        w = Math.max(w, item.w);
        h = Math.max(h, item.h);
      }
      return list.length;
    });
    pitchX[b] = w + ITEM_GAP_X;
    pitchY[b] = h + ITEM_GAP_Y;
  }
  const perLine = chooseLines(counts, pitchX, pitchY);
  const columnX: number[] = [];
  let x = 0;
  for (let b = 0; b < BANDS.length; b++) {
    columnX[b] = x;
    if (perLine[b]! > 0) x += perLine[b]! * pitchX[b]! + COLUMN_GAP;
  }

  const positions: Positions = new Map();
  let y = 0;
  for (const row of rowIds) {
    let rowHeight = 0;
    for (let b = 0; b < BANDS.length; b++) {
      const list = cells.get(`${row}\u0000${b}`) ?? [];
      const lines = Math.ceil(list.length / Math.max(perLine[b]!, 1));
      rowHeight = Math.max(rowHeight, lines * pitchY[b]!);
      // A short last line and short cells are centred in their column.
      list.forEach((n, i) => {
        const line = Math.floor(i / perLine[b]!);
        const inLine = Math.min(perLine[b]!, list.length - line * perLine[b]!);
        const offset = ((perLine[b]! - inLine) * pitchX[b]!) / 2;
        const col = i % perLine[b]!;
        positions.set(n.id, {
          x: columnX[b]! + offset + col * pitchX[b]! + pitchX[b]! / 2,
          // The node sits at the top of its slot; its label hangs below it.
          y: y + line * pitchY[b]! + n.size / 2,
        });
      });
    }
    y += rowHeight + ROW_GAP;
  }
  return positions;
}

/**
 * Items per line for each column, chosen so that the whole picture fits a reference screen
 * (REFERENCE_ASPECT, a fixed number: the picture must not depend on the window it is opened in)
 * at the largest zoom. Tries every combination up to MAX_PER_LINE per column: at most 8^5.
 */
function chooseLines(counts: number[][], pitchX: number[], pitchY: number[]): number[] {
  const bands = counts.length;
  const most = counts.map((c) => Math.max(0, ...c));
  const options = most.map((m) => (m === 0 ? [0] : Array.from({ length: Math.min(MAX_PER_LINE, m) }, (_, i) => i + 1)));
  let best: number[] = options.map((o) => o[0]!);
  let bestScale = -1;
  const current = new Array<number>(bands).fill(0);
  const rows = counts[0]?.length ?? 0;
  const visit = (b: number) => {
    if (b === bands) {
      let width = 0;
      for (let c = 0; c < bands; c++) if (current[c]! > 0) width += current[c]! * pitchX[c]! + COLUMN_GAP;
      let height = 0;
      for (let r = 0; r < rows; r++) {
        let h = 0;
        for (let c = 0; c < bands; c++) if (current[c]! > 0) h = Math.max(h, Math.ceil(counts[c]![r]! / current[c]!) * pitchY[c]!);
        height += h + ROW_GAP;
      }
      const scale = Math.min(REFERENCE_ASPECT / Math.max(width, 1), 1 / Math.max(height, 1));
      if (scale > bestScale + 1e-12) {
        bestScale = scale;
        best = [...current];
      }
      return;
    }
    for (const o of options[b]!) {
      current[b] = o;
      visit(b + 1);
    }
  };
  visit(0);
  return best;
}

/** The shape of the screen the layout is made for: a laptop's map area, wider than tall. */
const REFERENCE_ASPECT = 1.5;

export interface FrameBox {
  /** The centre (where Cytoscape places the frame node) and the size of the frame. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Each frame's box: around the room its members take (their shapes and the labels below them,
 * as the layout reserved it), with FRAME_PADDING on every side. Frames are plain nodes drawn
 * under the rest, not Cytoscape's compound parents: those made the first style pass dirty every
 * member, its frame and their edges per style property (seconds at national scale). Only the
 * frames in `only` when given (a dragged member's).
 */
export function frameBoxes(
  nodes: readonly MapNodeData[],
  positionOf: (id: string) => { x: number; y: number } | undefined,
  only?: ReadonlySet<string>,
): Map<string, FrameBox> {
  const spans = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const n of nodes) {
    if (!n.frame || n.context || (only && !only.has(n.frame))) continue;
    const p = positionOf(n.id);
    if (!p) continue;
    const item = itemOf(n);
    const span = spans.get(n.frame) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    span.x1 = Math.min(span.x1, p.x - item.w / 2);
    span.x2 = Math.max(span.x2, p.x + item.w / 2);
    span.y1 = Math.min(span.y1, p.y - n.size / 2);
    span.y2 = Math.max(span.y2, p.y - n.size / 2 + item.h);
    spans.set(n.frame, span);
  }
  const boxes = new Map<string, FrameBox>();
  for (const [id, s] of spans) {
    boxes.set(id, { x: (s.x1 + s.x2) / 2, y: (s.y1 + s.y2) / 2, w: s.x2 - s.x1 + 2 * FRAME_PADDING, h: s.y2 - s.y1 + 2 * FRAME_PADDING });
  }
  return boxes;
}

export interface BandColumn {
  /** Index into BANDS. */
  band: number;
  x1: number;
  x2: number;
}

/** Where each column lies across the picture (model x of its leftmost and rightmost node), for its heading. */
export function bandColumns(nodes: readonly MapNodeData[], positions: Positions): BandColumn[] {
  const spans = new Map<number, BandColumn>();
  for (const n of nodes) {
    const p = positions.get(n.id);
    if (!p) continue;
    const half = Math.max(n.size, n.labelWidth) / 2;
    const span = spans.get(n.band) ?? { band: n.band, x1: Infinity, x2: -Infinity };
    span.x1 = Math.min(span.x1, p.x - half);
    span.x2 = Math.max(span.x2, p.x + half);
    spans.set(n.band, span);
  }
  return [...spans.values()].sort((a, b) => a.band - b.band);
}
