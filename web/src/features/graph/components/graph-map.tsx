import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../i18n';
import { useBandLayout } from '../hooks/use-band-layout';
import { useCytoscape } from '../hooks/use-cytoscape';
import { useFirstDraw } from '../hooks/use-first-draw';
import { useFrameDrag } from '../hooks/use-frame-drag';
import { useMapExport } from '../hooks/use-map-export';
import { tg } from '../i18n';
import type { ExportInfo } from '../lib/export-image';
import { cullLabels } from '../lib/label-cull';
import { fitAll, handleMapKey, zoomBy } from '../lib/map-keys';
import type { PathIds } from '../lib/path-elements';
import { placePath } from '../lib/place-path';
import { applyStateClasses, focusNode, focusPath } from '../lib/state-classes';
import type { MapElements } from '../lib/to-elements';
import { BandHeadings } from './band-headings';
import { HoverCard, type HoverTarget } from './hover-card';
import { MapToolbar } from './map-toolbar';

export interface FocusRequest {
  id: string;
  /** A new number for every request, so asking twice for the same node still pans. */
  nonce: number;
}

interface GraphMapProps {
  elements: MapElements;
  /** Whether the graph data has arrived; the map is only "ready" after that and a finished layout. */
  loaded: boolean;
  selectedId: string | null;
  matchIds: ReadonlySet<string> | null;
  focusRequest: FocusRequest | null;
  /** The path shown (its elements are in `elements`); a new `pathKey` pans to it once. */
  path: PathIds | null;
  pathKey: string | null;
  /** A focused view: the selection does not fade the rest. */
  focused: boolean;
  onSelect: (id: string | null) => void;
  /** Shift-click: take the node as an end of the path. */
  onPickEnd: (id: string) => void;
  /** What the hover card says about a node (kind, sector, parents, main links). */
  describe: (id: string) => HoverTarget | null;
  /** Title, scope, filters and legend for the exports. */
  exportInfo: () => ExportInfo;
  /** Filters, scope and focus: when this changes the new picture is fitted to the screen. */
  fitKey: string;
  /** Loading, error and empty messages drawn over the map. */
  overlay?: ReactNode;
}

export function GraphMap({
  elements,
  loaded,
  selectedId,
  matchIds,
  focusRequest,
  path,
  pathKey,
  focused,
  onSelect,
  onPickEnd,
  describe,
  exportInfo,
  fitKey,
  overlay,
}: GraphMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const cy = useCytoscape(containerRef, {
    onNodeTap: (id, { shift }) => (shift ? onPickEnd(id) : onSelect(id)),
    onBackgroundTap: () => onSelect(null),
    onHover: setHover,
  });
  const { laidOut, current, columns } = useBandLayout(cy, elements, selectedId, path, fitKey);
  useFrameDrag(cy, elements.nodes);
  const firstDrawMs = useFirstDraw(elements.nodes.length > 0, laidOut);
  const exporter = useMapExport(cy, exportInfo);
  const handledPathRef = useRef<string | null>(null);
  const handledFocusRef = useRef<number | null>(null);
  const [culled, setCulled] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a finished layout (`laidOut`) adds elements that need their state classes and a new label cull
  useEffect(() => {
    if (!cy) return;
    applyStateClasses(cy, selectedId, matchIds, path, !focused);
    setCulled(cullLabels(cy));
  }, [cy, laidOut, selectedId, matchIds, path, focused]);

  // A newly shown path (or another alternative) is brought into view once, after the layout.
  useEffect(() => {
    // Only once the graph is there: a path that arrives first must not be fitted on its own.
    if (!cy || !loaded || !path || !pathKey || laidOut === 0 || handledPathRef.current === pathKey) return;
    if (path.nodeIds.some((id) => cy.getElementById(id).empty())) return;
    handledPathRef.current = pathKey;
    placePath(cy, path);
    focusPath(cy, path);
  }, [cy, loaded, path, pathKey, laidOut]);
  useEffect(() => {
    if (!pathKey) handledPathRef.current = null;
  }, [pathKey]);

  useEffect(() => {
    if (!cy || !loaded || !focusRequest || laidOut === 0 || handledFocusRef.current === focusRequest.nonce) return;
    // Not handled until the node is drawn: the request may come before the graph has arrived.
    if (focusNode(cy, focusRequest.id)) handledFocusRef.current = focusRequest.nonce;
  }, [cy, loaded, focusRequest, laidOut]);

  // Ready once the loaded elements themselves are laid out and drawn: the empty map's layout before
  // the data arrived counts for nothing (it made the map "ready" before its picture was placed).
  const dataState = !loaded || !cy ? 'loading' : current && laidOut > 0 ? 'ready' : 'layout';
  const hovered = hover ? describe(hover.id) : null;
  return (
    <div className="map">
      {/* biome-ignore lint/a11y/useSemanticElements: a <section> would add a landmark per map; the canvas is one labelled region inside the screen's main */}
      <div
        ref={containerRef}
        className="map__canvas"
        data-testid="graph-map"
        data-state={dataState}
        data-layout={laidOut > 0 ? 'bands' : 'none'}
        data-first-draw-ms={firstDrawMs ?? undefined}
        data-culled-labels={culled}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes the map's keyboard commands (+ − 0, arrows, Escape), so it must take focus
        tabIndex={0}
        role="region"
        aria-label={t('map.label')}
        aria-busy={dataState !== 'ready'}
        onKeyDown={(event) => {
          if (cy && handleMapKey(cy, event.key, () => onSelect(null))) event.preventDefault();
        }}
      />
      {cy && laidOut > 0 && <BandHeadings cy={cy} columns={columns} />}
      <MapToolbar
        onZoomIn={() => cy && zoomBy(cy, 1.25)}
        onZoomOut={() => cy && zoomBy(cy, 0.8)}
        onFit={() => cy && fitAll(cy)}
        onExport={exporter.run}
        ready={dataState === 'ready'}
        busy={exporter.busy}
      />
      {hover && hovered && <HoverCard target={hovered} x={hover.x} y={hover.y} />}
      {exporter.error && (
        <p className="map__export-error notice notice--error" role="alert">
          {exporter.error}
        </p>
      )}
      {exporter.printUrl && (
        <div className="print-sheet" data-testid="print-sheet">
          <div className="print-sheet__bar">
            <button type="button" className="text-button text-button--primary" onClick={() => window.print()}>
              {tg('export.printNow')}
            </button>
            <button type="button" className="text-button" onClick={exporter.closePrint}>
              {tg('export.printClose')}
            </button>
          </div>
          <img src={exporter.printUrl} alt={tg('export.printAlt')} />
        </div>
      )}
      {overlay && <div className="map__overlay">{overlay}</div>}
    </div>
  );
}
