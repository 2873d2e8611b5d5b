import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { bandLayout } from '../lib/band-layout';
import { applyLabelLod } from '../lib/label-lod';
import { LANDMARK_TIER, MIN_LABEL_PX } from '../lib/visual-encoding';
import { placeContext } from '../lib/place-context';
import { placePath } from '../lib/place-path';
import type { PathIds } from '../lib/path-elements';
import { syncElements } from '../lib/sync-elements';
import type { MapElements } from '../lib/to-elements';

/** Room around the picture when it is fitted to the screen, in screen pixels (the toolbar sits over the top). */
export const FIT_PADDING = 48;

/**
 * Fits the picture to the screen, but never so small that the landmarks' names (tier 1) would
 * be left out: on a narrow screen the picture then starts at its top left corner, at the zoom
 * where they read, and the rest is a pan away.
 */
function fitReadable(cy: Core): void {
  const drawn = cy.nodes('[!context]');
  if (drawn.empty()) return;
  cy.fit(drawn, FIT_PADDING);
  // A hair above the cut, so rounding never leaves the landmarks out.
  const readable = (MIN_LABEL_PX + 0.05) / LANDMARK_TIER.fontSize;
  if (cy.zoom() >= readable) return;
  const box = drawn.boundingBox({});
  cy.viewport({ zoom: readable, pan: { x: FIT_PADDING - box.x1 * readable, y: FIT_PADDING - box.y1 * readable } });
}

/**
 * Brings the elements into Cytoscape and puts every filtered node where the band layout says
 * (a pure function of the data: no simulation, no randomness, no cache to miss), then places
 * the temporary nodes (around the selection, on a path) without moving the rest. The picture is
 * fitted to the screen when `fitKey` (filters, scope, focus) changes, not when a selection or an
 * opened bundle changes it, so those keep the user's zoom.
 * Returns a counter that moves on with every applied layout (for effects that follow it).
 */
export function useBandLayout(cy: Core | null, elements: MapElements, selectedId: string | null, path: PathIds | null, fitKey: string): number {
  const [version, setVersion] = useState(0);
  const pictureRef = useRef('');
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const pathRef = useRef(path);
  pathRef.current = path;
  const fitKeyRef = useRef(fitKey);
  fitKeyRef.current = fitKey;

  // A new instance (remount) starts with nothing drawn. Declared first: it must run before the sync below.
  useEffect(() => {
    pictureRef.current = '';
    if (!cy) return;
    const onZoom = () => applyLabelLod(cy);
    cy.on('zoom', onZoom);
    return () => {
      cy.off('zoom', onZoom);
    };
  }, [cy]);

  useEffect(() => {
    if (!cy) return;
    syncElements(cy, elements);
    const positions = bandLayout(elements.nodes);
    cy.batch(() => {
      for (const [id, p] of positions) {
        const node = cy.getElementById(id);
        const at = node.position();
        if (at.x !== p.x || at.y !== p.y) node.position(p);
        node.scratch('_haenderne_placed', true);
      }
    });
    placeContext(cy, selectedRef.current);
    if (pathRef.current) placePath(cy, pathRef.current);
    const picture = fitKeyRef.current;
    if (picture !== pictureRef.current && cy.nodes('[!context]').nonempty()) {
      pictureRef.current = picture;
      fitReadable(cy);
    }
    applyLabelLod(cy, true);
    setVersion((v) => v + 1);
  }, [cy, elements]);

  return version;
}
