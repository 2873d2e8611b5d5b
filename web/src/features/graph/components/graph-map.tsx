import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Layouts } from 'cytoscape';
import { t } from '../../../i18n';
import { useCytoscape } from '../hooks/use-cytoscape';
import { tg } from '../i18n';
import { downloadBlob, isoDate, mapToPng } from '../lib/export-png';
import { layoutKey, restoreLayout, saveLayout } from '../lib/layout-cache';
import type { PathIds } from '../lib/path-elements';
import { createLayout } from '../lib/run-layout';
import { placeContext } from '../lib/place-context';
import { placePath } from '../lib/place-path';
import { applyStateClasses, focusNode, focusPath } from '../lib/state-classes';
import { syncElements } from '../lib/sync-elements';
import type { MapElements } from '../lib/to-elements';

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
  /** Loading, error and empty messages drawn over the map. */
  overlay?: ReactNode;
}

/** More than this share of new nodes and the layout starts afresh instead of from the current picture. */
const RANDOMIZE_SHARE = 0.3;

function structureKey(elements: MapElements): string {
  const ids: string[] = [];
  for (const n of elements.nodes) if (!n.context) ids.push(n.id);
  for (const e of elements.edges) if (!e.context) ids.push(e.id);
  return ids.sort().join('\n');
}

export function GraphMap({ elements, loaded, selectedId, matchIds, focusRequest, path, pathKey, focused, onSelect, onPickEnd, overlay }: GraphMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cy = useCytoscape(containerRef, {
    onNodeTap: (id, { shift }) => (shift ? onPickEnd(id) : onSelect(id)),
    onBackgroundTap: () => onSelect(null),
  });
  const [layoutState, setLayoutState] = useState<'idle' | 'running' | 'done'>('idle');
  /** Where the last positions came from, and how long the first picture took (for the tests and the curious). */
  const [layoutSource, setLayoutSource] = useState<'none' | 'cache' | 'fcose'>('none');
  const [firstDrawMs, setFirstDrawMs] = useState<number | null>(null);
  const firstElementsAtRef = useRef<number | null>(null);
  const firstDrawnRef = useRef(false);
  /** The first laid-out picture: measured once the browser has painted it (the layout itself may have run synchronously). */
  const noteDrawn = () => {
    if (firstDrawnRef.current || firstElementsAtRef.current === null) return;
    firstDrawnRef.current = true;
    const started = firstElementsAtRef.current;
    requestAnimationFrame(() => setFirstDrawMs(Math.round(performance.now() - started)));
  };
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const handledPathRef = useRef<string | null>(null);
  const pathRef = useRef(path);
  pathRef.current = path;
  const layoutRef = useRef<Layouts | null>(null);
  const laidOutRef = useRef(false);
  const handledFocusRef = useRef<number | null>(null);
  /** Ids of the filtered (non-context) elements last laid out. */
  const structureRef = useRef('');
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  // A new instance (remount) starts with nothing laid out. Declared first: it must run before the sync below.
  useEffect(() => {
    laidOutRef.current = false;
    layoutRef.current = null;
    structureRef.current = '';
    return () => {
      const running = layoutRef.current;
      layoutRef.current = null;
      running?.stop();
    };
  }, [cy]);

  // Diff the elements into Cytoscape. fcose runs again only when the set of filtered element
  // ids changed; context nodes (around the selection) are placed without moving the rest.
  useEffect(() => {
    if (!cy) return;
    if (firstElementsAtRef.current === null && elements.nodes.length > 0) firstElementsAtRef.current = performance.now();
    const result = syncElements(cy, elements);
    const structure = structureKey(elements);
    const structural = structure !== structureRef.current;
    structureRef.current = structure;
    const placeTemporary = () => {
      placeContext(cy, selectedRef.current);
      if (pathRef.current) placePath(cy, pathRef.current);
    };
    if (!structural || cy.nodes().empty()) {
      if (result.added > 0) placeTemporary();
      if (!layoutRef.current) setLayoutState('done');
      return;
    }
    layoutRef.current?.stop();
    layoutRef.current = null;
    const key = layoutKey(structure);
    // The same set of elements was laid out before: its positions, no layout run.
    if (restoreLayout(cy, key)) {
      laidOutRef.current = true;
      placeTemporary();
      cy.fit(undefined, 30);
      setLayoutSource('cache');
      setLayoutState('done');
      noteDrawn();
      return;
    }
    const randomize = !laidOutRef.current || result.added > cy.nodes().length * RANDOMIZE_SHARE;
    const layout = createLayout(cy, randomize);
    layoutRef.current = layout;
    setLayoutState('running');
    // Registered before run(): without animation fcose may stop inside run() itself.
    layout.one('layoutstop', () => {
      if (layoutRef.current !== layout) return;
      layoutRef.current = null;
      laidOutRef.current = true;
      saveLayout(cy, key);
      placeTemporary();
      setLayoutSource('fcose');
      setLayoutState('done');
      noteDrawn();
    });
    layout.run();
  }, [cy, elements]);

  useEffect(() => {
    if (cy) applyStateClasses(cy, selectedId, matchIds, path, !focused);
  }, [cy, elements, selectedId, matchIds, path, focused]);


  // A newly shown path (or another alternative) is brought into view once, after any layout.
  useEffect(() => {
    // Only once the graph is there: a path that arrives first must not be fitted on its own.
    if (!cy || !loaded || !path || !pathKey || layoutState !== 'done' || layoutRef.current || handledPathRef.current === pathKey) return;
    if (path.nodeIds.some((id) => cy.getElementById(id).empty())) return;
    handledPathRef.current = pathKey;
    placePath(cy, path);
    focusPath(cy, path);
  }, [cy, loaded, path, pathKey, layoutState, elements]);
  useEffect(() => {
    if (!pathKey) handledPathRef.current = null;
  }, [pathKey]);

  const exportPng = () => {
    if (!cy || exporting) return;
    setExporting(true);
    setExportError(null);
    // A frame later, so the busy text is drawn before the (synchronous) rendering starts.
    requestAnimationFrame(() => {
      try {
        downloadBlob(mapToPng(cy), tg('export.fileName', { date: isoDate() }));
      } catch (err) {
        setExportError(tg('export.failed', { message: (err as Error).message }));
      } finally {
        setExporting(false);
      }
    });
  };

  useEffect(() => {
    if (!cy || !loaded || !focusRequest || layoutState !== 'done' || layoutRef.current || handledFocusRef.current === focusRequest.nonce) return;
    // Not handled until the node is drawn: the request may come before the graph has arrived.
    if (focusNode(cy, focusRequest.id)) handledFocusRef.current = focusRequest.nonce;
  }, [cy, loaded, focusRequest, layoutState, elements]);

  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  const fit = () => cy?.animate({ fit: { eles: cy.elements(), padding: 40 } }, { duration: 250 });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!cy) return;
    const step = 60;
    const keys: Record<string, () => void> = {
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      '0': fit,
      ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: step }),
      ArrowDown: () => cy.panBy({ x: 0, y: -step }),
      Escape: () => onSelect(null),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const dataState = !loaded || !cy ? 'loading' : layoutState === 'done' ? 'ready' : 'layout';
  return (
    <div className="map">
      <div
        ref={containerRef}
        className="map__canvas"
        data-testid="graph-map"
        data-state={dataState}
        data-layout={layoutSource}
        data-first-draw-ms={firstDrawMs ?? undefined}
        tabIndex={0}
        role="region"
        aria-label={t('map.label')}
        aria-busy={dataState !== 'ready'}
        onKeyDown={onKeyDown}
      />
      <div className="map__toolbar">
        <button type="button" className="icon-button" onClick={() => zoomBy(1.25)} aria-label={t('map.zoomIn')} title={t('map.zoomIn')}>
          +
        </button>
        <button type="button" className="icon-button" onClick={() => zoomBy(0.8)} aria-label={t('map.zoomOut')} title={t('map.zoomOut')}>
          −
        </button>
        <button type="button" className="text-button" onClick={fit}>
          {t('map.fit')}
        </button>
        <button type="button" className="text-button" onClick={exportPng} disabled={dataState !== 'ready' || exporting} data-testid="export-png">
          {exporting ? tg('export.busy') : tg('export.png')}
        </button>
      </div>
      {exportError && (
        <p className="map__export-error notice notice--error" role="alert">
          {exportError}
        </p>
      )}
      {overlay && <div className="map__overlay">{overlay}</div>}
    </div>
  );
}
