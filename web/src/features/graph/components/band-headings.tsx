import { useEffect, useState } from 'react';
import type { Core } from 'cytoscape';
import { tg } from '../i18n';
import type { BandColumn } from '../lib/band-layout';
import { BANDS } from '../lib/bands';

/**
 * The columns' names along the bottom of the map ("Region · Broer · Almen praksis · Broer ·
 * Kommuner"), following pan and zoom: the sectors are places, and the places are named.
 * Decoration for sighted users; the legend and the details say the same in words.
 */
/** Narrowest a heading is drawn, in screen pixels. */
const MIN_WIDTH = 110;

export function BandHeadings({ cy, columns }: { cy: Core; columns: BandColumn[] }) {
  const [viewport, setViewport] = useState(() => ({ zoom: cy.zoom(), pan: cy.pan(), width: cy.width() }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: new columns come with a new layout, whose viewport must be read again
  useEffect(() => {
    const onViewport = () => setViewport({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width() });
    onViewport();
    cy.on('viewport resize', onViewport);
    return () => {
      cy.off('viewport resize', onViewport);
    };
  }, [cy, columns]);
  if (columns.length < 2) return null;
  return (
    <ol className="band-headings" aria-hidden="true" data-testid="band-headings">
      {columns.map((c) => {
        // A narrow column (general practice, bundled) still gets room for its name.
        const x1 = c.x1 * viewport.zoom + viewport.pan.x;
        const x2 = c.x2 * viewport.zoom + viewport.pan.x;
        const grow = Math.max(0, MIN_WIDTH - (x2 - x1)) / 2;
        const left = Math.max(0, x1 - grow);
        const right = Math.min(viewport.width, x2 + grow);
        if (right - left < 40) return null;
        return (
          <li
            key={c.band}
            className={`band-headings__item band-headings__item--${BANDS[c.band]!.toLowerCase()}`}
            style={{ left, width: right - left }}
            data-band={BANDS[c.band]}
          >
            {tg(`bands.${BANDS[c.band]!}`)}
          </li>
        );
      })}
    </ol>
  );
}
