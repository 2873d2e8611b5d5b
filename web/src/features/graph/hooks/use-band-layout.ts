import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { bandColumns, bandLayout, frameBoxes, type BandColumn, type FrameBox } from '../lib/band-layout';
import { applyLabelLod } from '../lib/label-lod';
import { LANDMARK_TIER, MIN_LABEL_PX } from '../lib/visual-encoding';
import { placeContext } from '../lib/place-context';
import { placePath } from '../lib/place-path';
import type { PathIds } from '../lib/path-elements';
import { syncElements } from '../lib/sync-elements';
import type { MapElements } from '../lib/to-elements';

/** Largest zoom a fitted picture gets (a few nodes would otherwise fill the screen, oversized). */
const MAX_FIT_ZOOM = 1.2;
const centreOf = (b: { x1: number; x2: number; y1: number; y2: number }) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });

/** Room around the picture when it is fitted to the screen, in screen pixels (the toolbar sits over the top). */
export const FIT_PADDING = 36;

/**
 * Fits the picture to the screen, but never so small that the landmarks' names (tier 1) would
 * be left out: on a narrow screen the picture then starts at its top left corner, at the zoom
 * where they read, and the rest is a pan away.
 */
function fitReadable(cy: Core): void {
  const drawn = cy.nodes('[!context]');
  if (drawn.empty()) return;
  cy.fit(drawn, FIT_PADDING);
  // A handful of nodes is not blown up to fill the screen.
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, position: centreOf(drawn.boundingBox({})) });
  // A hair above the cut, so rounding never leaves the landmarks out.
  const readable = (MIN_LABEL_PX + 0.05) / LANDMARK_TIER.fontSize;
  if (cy.zoom() >= readable) return;
  const box = drawn.boundingBox({});
  cy.viewport({ zoom: readable, pan: { x: FIT_PADDING - box.x1 * readable, y: FIT_PADDING - box.y1 * readable } });
}

/** Frames that were there already take their new size (new ones were added with it). */
function fitFrames(cy: Core, frames: ReadonlyMap<string, FrameBox>): void {
  const resized = cy.nodes('[?isFrame]').filter((n) => {
    const box = frames.get(n.id());
    return box !== undefined && (n.data('frameWidth') !== box.w || n.data('frameHeight') !== box.h);
  });
  cy.batch(() =>
    resized.forEach((n) => {
      const box = frames.get(n.id())!;
      n.data({ frameWidth: box.w, frameHeight: box.h });
    }),
  );
}

/** The zoom cy.fit will choose for these positions, near enough to start the level of detail with. */
function estimateFitZoom(positions: ReadonlyMap<string, { x: number; y: number }>, width: number, height: number): number {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of positions.values()) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return 1;
  // Labels, frames and their names reach past the node centres by about this much.
  const margin = 150;
  const zoom = Math.min((width - 2 * FIT_PADDING) / (x2 - x1 + 2 * margin), (height - 2 * FIT_PADDING) / (y2 - y1 + 2 * margin));
  return Math.max(zoom, (MIN_LABEL_PX + 0.05) / LANDMARK_TIER.fontSize);
}

/**
 * Brings the elements into Cytoscape and puts every filtered node where the band layout says
 * (a pure function of the data: no simulation, no randomness, no cache to miss), then places
 * the temporary nodes (around the selection, on a path) without moving the rest. The picture is
 * fitted to the screen when `fitKey` (filters, scope, focus) changes, not when a selection or an
 * opened bundle changes it, so those keep the user's zoom.
 * Returns a counter that moves on with every applied layout (for effects that follow it), whether
 * the elements passed in are laid out and drawn (`current`: a render with new elements comes
 * before the effect that lays them out, and Cytoscape draws them a frame later), and where the
 * columns lie (for their headings).
 */
export function useBandLayout(
  cy: Core | null,
  elements: MapElements,
  selectedId: string | null,
  path: PathIds | null,
  fitKey: string,
): { laidOut: number; current: boolean; columns: BandColumn[] } {
  const [version, setVersion] = useState(0);
  const [laidOutElements, setLaidOutElements] = useState<MapElements | null>(null);
  const [columns, setColumns] = useState<BandColumn[]>([]);
  const pictureRef = useRef('');
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const pathRef = useRef(path);
  pathRef.current = path;
  const fitKeyRef = useRef(fitKey);
  fitKeyRef.current = fitKey;

  // While the layout below fits the picture, the zooms it makes are not followed: it sets the level
  // of detail itself once the zoom is final (classes flipped on the way restyled ~190 nodes and
  // ~220 edges of the national view between the two bounding boxes fitReadable reads).
  const placingRef = useRef(false);

  // A new instance (remount) starts with nothing drawn. Declared first: it must run before the sync below.
  useEffect(() => {
    pictureRef.current = '';
    if (!cy) return;
    const onZoom = () => {
      if (!placingRef.current) applyLabelLod(cy);
    };
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    const positions = bandLayout(elements.nodes);
    // New nodes are added where the layout puts them and with the level of detail the fitted
    // picture will have (estimated from the positions), so each is styled once.
    const minFont = MIN_LABEL_PX / estimateFitZoom(positions, cy.width(), cy.height());
    const frames = frameBoxes(elements.nodes, (id) => positions.get(id));
    syncElements(cy, elements, { positions, frames, classesOf: (n) => (n.fontSize < minFont ? 'lod-hidden' : '') });
    // Nodes that were there already move in one call (a lookup by id costs a collection apiece).
    const moved = cy.nodes().filter((n) => {
      const p = positions.get(n.id()) ?? frames.get(n.id());
      if (!p) return false;
      const at = n.position();
      return at.x !== p.x || at.y !== p.y;
    });
    if (moved.nonempty()) moved.positions((n) => positions.get(n.id()) ?? frames.get(n.id())!);
    fitFrames(cy, frames);
    placeContext(cy, selectedRef.current);
    if (pathRef.current) placePath(cy, pathRef.current);
    const picture = fitKeyRef.current;
    if (picture !== pictureRef.current && cy.nodes('[!context]').nonempty()) {
      pictureRef.current = picture;
      placingRef.current = true;
      try {
        fitReadable(cy);
      } finally {
        placingRef.current = false;
      }
    }
    applyLabelLod(cy, true);
    setColumns(
      bandColumns(
        elements.nodes.filter((n) => !n.context),
        positions,
      ),
    );
    setVersion((v) => v + 1);
    // Cytoscape draws in its next animation frame (its loop was asked first): these elements
    // count as drawn from a frame after this one, i.e. once that drawing is done.
    const frame = requestAnimationFrame(() => setLaidOutElements(elements));
    return () => cancelAnimationFrame(frame);
  }, [cy, elements]);

  return { laidOut: version, current: laidOutElements === elements, columns };
}
