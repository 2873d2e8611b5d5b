import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { t, tVocab } from '../../../i18n';
import { useGraph } from '../api/get-graph';
import { matchNodes } from '../lib/match-nodes';
import { applyFilters, contextNodes, sectorOf, toElements, type MapElements } from '../lib/to-elements';
import { SECTOR_ORDER } from '../lib/visual-encoding';
import { collator } from '../../../lib/collator';
import type { GraphData, GraphEdge } from '../types';
import { GraphFilters, type FilterOption } from './graph-filters';
import { GraphLegend } from './graph-legend';
import { GraphMap, type FocusRequest } from './graph-map';
import { NodeDetails } from './node-details';
import { NodeSearch } from './node-search';

/**
 * Shown from the start: everything but people and mandates (more than half the nodes). They
 * appear around a selected node, and the checkboxes bring them all in.
 */
export const DEFAULT_HIDDEN_LABELS: ReadonlySet<string> = new Set(['Person', 'Mandate']);
/** Likewise the many GP practices and municipal units: they show around their municipality or cluster when selected. */
export const DEFAULT_HIDDEN_KINDS: ReadonlySet<string> = new Set(['GP_PRACTICE', 'MUNICIPAL_UNIT']);

const EMPTY: GraphData = { nodes: [], edges: [], totalNodes: 0, truncated: false };
const NO_ELEMENTS: MapElements = { nodes: [], edges: [] };

function toggle(set: ReadonlySet<string>, value: string): Set<string> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The map screen: search and filters on the left, the map with its legend, details on the right. */
export function GraphExplorer() {
  const graph = useGraph();
  const data = graph.status === 'success' ? graph.data : EMPTY;

  const [hiddenSectors, setHiddenSectors] = useState<ReadonlySet<string>>(new Set());
  const [hiddenLabels, setHiddenLabels] = useState<ReadonlySet<string>>(DEFAULT_HIDDEN_LABELS);
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(DEFAULT_HIDDEN_KINDS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);


  const nodeById = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const edgesByNode = useMemo(() => {
    const map = new Map<string, GraphEdge[]>();
    for (const e of data.edges) {
      for (const end of [e.source, e.target]) {
        const list = map.get(end) ?? [];
        list.push(e);
        map.set(end, list);
      }
    }
    return map;
  }, [data]);
  const visible = useMemo(() => applyFilters(data, { hiddenSectors, hiddenLabels, hiddenKinds }), [data, hiddenSectors, hiddenLabels, hiddenKinds]);
  const visibleIds = useMemo(() => new Set(visible.nodes.map((n) => n.id)), [visible]);
  const context = useMemo(
    () => contextNodes(data, visibleIds, selectedId, (id) => edgesByNode.get(id) ?? []),
    [data, visibleIds, selectedId, edgesByNode],
  );
  const elements = useMemo((): MapElements => {
    if (visible.nodes.length === 0 && context.length === 0) return NO_ELEMENTS;
    if (context.length === 0) return toElements(visible.nodes, visible.edges);
    const contextIds = new Set(context.map((n) => n.id));
    const drawn = new Set([...visibleIds, ...contextIds]);
    // Only the selection's own edges reach into the context, so the rest of the picture stays as it was.
    const contextEdges = (edgesByNode.get(selectedId!) ?? []).filter((e) => (contextIds.has(e.source) || contextIds.has(e.target)) && drawn.has(e.source) && drawn.has(e.target));
    return toElements([...visible.nodes, ...context], [...visible.edges, ...contextEdges], contextIds);
  }, [visible, visibleIds, context, edgesByNode, selectedId]);
  const nameOf = useCallback((id: string) => nodeById.get(id)?.name ?? id, [nodeById]);

  const sectorOptions = useMemo((): FilterOption[] => {
    const counts = countBy(data.nodes, sectorOf);
    const known = SECTOR_ORDER.filter((s) => counts.has(s));
    const other = [...counts.keys()].filter((s) => !SECTOR_ORDER.includes(s)).sort(collator.compare);
    return [...known, ...other].map((value) => ({ value, count: counts.get(value)! }));
  }, [data]);
  const labelOptions = useMemo((): FilterOption[] => {
    const counts = countBy(data.nodes, (n) => n.label);
    return [...counts.keys()].sort((a, b) => collator.compare(tVocab('label', a), tVocab('label', b))).map((value) => ({ value, count: counts.get(value)! }));
  }, [data]);
  const kindOptions = useMemo((): FilterOption[] => {
    const counts = countBy(
      data.nodes.filter((n) => n.label === 'Organisation' && n.kind),
      (n) => n.kind!,
    );
    return [...counts.keys()].sort((a, b) => collator.compare(tVocab('kind', a), tVocab('kind', b))).map((value) => ({ value, count: counts.get(value)! }));
  }, [data]);

  const matches = useMemo(() => matchNodes(data.nodes, query), [data, query]);
  const matchIds = useMemo(() => (query.trim() ? new Set(matches.map((n) => n.id)) : null), [matches, query]);

  /** Select a node and pan the map to it (search, links in the details panel). */
  const selectAndFocus = useCallback((id: string) => {
    setSelectedId(id);
    setFocusRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  const selected = selectedId ? nodeById.get(selectedId) : undefined;

  const showAll = () => {
    setHiddenSectors(new Set());
    setHiddenLabels(new Set());
    setHiddenKinds(new Set());
  };

  let overlay: ReactNode = null;
  if (graph.status === 'loading' || graph.status === 'idle') {
    overlay = (
      <p className="map__message" role="status">
        <span className="spinner" aria-hidden="true" /> {t('map.loading')}
      </p>
    );
  } else if (graph.status === 'error') {
    overlay = (
      <div className="map__message map__message--error" role="alert">
        <p>{t('map.error', { message: graph.error.message })}</p>
        <button type="button" className="text-button" onClick={graph.reload}>
          {t('map.retry')}
        </button>
      </div>
    );
  } else if (data.nodes.length === 0) {
    overlay = (
      <p className="map__message" role="status">
        {t('map.emptyData')}
      </p>
    );
  } else if (visible.nodes.length === 0) {
    overlay = (
      <div className="map__message" role="status">
        <p>{t('map.emptyFiltered')}</p>
        <button
          type="button"
          className="text-button"
          onClick={showAll}
        >
          {t('filters.reset')}
        </button>
      </div>
    );
  }

  return (
    <main className="explorer" id="main">
      <aside className="sidebar" aria-label={t('sidebar.label')}>
        <NodeSearch query={query} matches={matches} onQueryChange={setQuery} onPick={selectAndFocus} />
        <GraphFilters
          sectors={sectorOptions}
          labels={labelOptions}
          hiddenSectors={hiddenSectors}
          hiddenLabels={hiddenLabels}
          kinds={kindOptions}
          hiddenKinds={hiddenKinds}
          onToggleKind={(k) => setHiddenKinds((prev) => toggle(prev, k))}
          onToggleSector={(s) => setHiddenSectors((prev) => toggle(prev, s))}
          onToggleLabel={(l) => setHiddenLabels((prev) => toggle(prev, l))}
          onReset={showAll}
        />
        {graph.status === 'success' && (
          <div className="graph-status" role="status">
            <p>{t('map.shown', { nodes: elements.nodes.length, edges: elements.edges.length })}</p>
            {data.truncated && (
              <p className="notice notice--warning" data-testid="truncated">
                {t('map.truncated', { shown: data.nodes.length, total: data.totalNodes })}
              </p>
            )}
          </div>
        )}
      </aside>
      <section className="map-area" aria-label={t('map.areaLabel')}>
        <GraphMap
          elements={elements}
          loaded={graph.status === 'success'}
          selectedId={selectedId}
          matchIds={matchIds}
          focusRequest={focusRequest}
          onSelect={setSelectedId}
          overlay={overlay}
        />
        <GraphLegend elements={elements} />
      </section>
      {selected && (
        <NodeDetails
          key={selected.id}
          node={selected}
          onMap={visibleIds.has(selected.id)}
          hiddenNeighbours={context.filter((n) => n.id !== selected.id).length}
          edges={edgesByNode.get(selected.id) ?? []}
          nameOf={nameOf}
          onSelect={selectAndFocus}
          onClose={() => setSelectedId(null)}
        />
      )}
    </main>
  );
}
