import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { t, tVocab } from '../../../i18n';
import { collator } from '../../../lib/collator';
import { useConnection } from '../api/get-connection';
import { useGraph } from '../api/get-graph';
import { useMarks } from '../hooks/use-marks';
import { useNodeMatches } from '../hooks/use-node-matches';
import { useViewState, type ViewUpdate } from '../hooks/use-view-state';
import { buildView, indexGraph } from '../lib/build-view';
import { BUNDLE_PREFIX } from '../lib/bundles';
import { describeBundle, describeNode } from '../lib/describe-node';
import { EXPAND_CAP, expandOptions, type ExpandOption } from '../lib/expand';
import { ExpandByType } from './expand-by-type';
import { exportInfoOf } from '../lib/export-info';
import { pathIds } from '../lib/path-elements';
import { sectorOf } from '../lib/to-elements';
import { emptyReason, filterStateOf, type FilterState } from '../lib/empty-reason';
import { clusterOfMunicipalities } from '../lib/scope';
import { effectiveHidden, type ViewState } from '../lib/view-state';
import { tg } from '../i18n';
import { SECTOR_ORDER } from '../lib/visual-encoding';
import type { GraphData, GraphNode } from '../types';
import { FocusBar } from './focus-bar';
import { GraphFilters, type FilterOption, type ScopeOption } from './graph-filters';
import { GraphLegend } from './graph-legend';
import { GraphMap, type FocusRequest } from './graph-map';
import { MarksLegend } from './marks-legend';
import { WHAT_IF_LABELS, WhatIfButton, WhatIfPanel } from './what-if-panel';
import { NodeDetails } from './node-details';
import { NodeSearch } from './node-search';
import { PathPanel } from './path-panel';
import { PathPicker } from './path-picker';

export { DEFAULT_HIDDEN_KINDS, DEFAULT_HIDDEN_LABELS } from '../lib/view-state';

const EMPTY: GraphData = { nodes: [], edges: [], totalNodes: 0, truncated: false };

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

const byText = (text: (value: string) => string) => (a: string, b: string) => collator.compare(text(a), text(b));

/**
 * The map screen: search, "how the hands meet" and filters on the left, the map with its legend
 * in the middle, the path and the selected node's details on the right. The view (filters,
 * scope, focus, selection, path) lives in the URL.
 */
export function GraphExplorer() {
  const graph = useGraph();
  const data = graph.status === 'success' ? graph.data : EMPTY;
  const [view, setView] = useViewState();
  const hidden = useMemo(() => effectiveHidden(view), [view]);

  const [query, setQuery] = useState('');
  // An address naming a selection (and no path) opens with the map panned to it.
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(() =>
    view.selected && !(view.from && view.to) ? { id: view.selected, nonce: 1 } : null,
  );

  const index = useMemo(() => indexGraph(data), [data]);
  const connection = useConnection(view.from, view.to);
  const paths = connection.status === 'success' && connection.data.found ? connection.data.paths : [];
  const alternative = Math.min(view.alternative, Math.max(paths.length - 1, 0));
  const path = paths[alternative] ?? null;
  const onPath = useMemo(() => pathIds(path), [path]);
  const pathKey = onPath ? `${view.from}>${view.to}#${alternative}` : null;

  // A finding's evidence and a what-if answer are marked, and drawn whatever the filters say.
  const isNode = useCallback((id: string) => index.nodeById.has(id), [index]);
  const marks = useMarks(view, isNode);
  const built = useMemo(() => buildView(data, index, marks.buildView, hidden, path), [data, index, marks.buildView, hidden, path]);
  const { visibleIds, context } = built;
  const elements = useMemo(() => marks.mark(built.elements), [marks, built.elements]);
  const nameOf = useCallback((id: string) => index.nodeById.get(id)?.name ?? id, [index]);

  // Counts follow the scope: what a filter would show or hide here, not in the whole region.
  const scoped = useMemo(() => (built.scopeIds ? data.nodes.filter((n) => built.scopeIds!.has(n.id)) : data.nodes), [data, built.scopeIds]);
  const scopedEdges = useMemo(
    () => (built.scopeIds ? data.edges.filter((e) => built.scopeIds!.has(e.source) && built.scopeIds!.has(e.target)) : data.edges),
    [data, built.scopeIds],
  );
  const sectorOptions = useMemo((): FilterOption[] => {
    const counts = countBy(scoped, sectorOf);
    const all = new Set(data.nodes.map(sectorOf));
    const known = SECTOR_ORDER.filter((s) => all.has(s));
    const other = [...all].filter((s) => !SECTOR_ORDER.includes(s)).sort(collator.compare);
    return [...known, ...other].map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }, [data, scoped]);
  const labelOptions = useMemo((): FilterOption[] => {
    const counts = countBy(scoped, (n) => n.label);
    return [...new Set(data.nodes.map((n) => n.label))].sort(byText((v) => tVocab('label', v))).map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }, [data, scoped]);
  const kindOptions = useMemo((): FilterOption[] => {
    const isKinded = (n: GraphNode) => n.label === 'Organisation' && n.kind !== null;
    const counts = countBy(scoped.filter(isKinded), (n) => n.kind!);
    return [...new Set(data.nodes.filter(isKinded).map((n) => n.kind!))]
      .sort(byText((v) => tVocab('kind', v)))
      .map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }, [data, scoped]);
  const relationOptions = useMemo((): FilterOption[] => {
    const counts = countBy(scopedEdges, (e) => e.type);
    return [...new Set(data.edges.map((e) => e.type))].sort(byText((v) => tVocab('relation', v))).map((value) => ({ value, count: counts.get(value) ?? 0 }));
  }, [data, scopedEdges]);
  const scopeOptions = useCallback(
    (kind: string): ScopeOption[] =>
      data.nodes
        .filter((n) => n.label === 'Organisation' && n.kind === kind)
        .map((n) => ({ id: n.id, name: n.name }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    [data],
  );
  const clusters = useMemo(() => scopeOptions('CLUSTER'), [scopeOptions]);
  const clusterOf = useMemo(() => clusterOfMunicipalities(data.nodes, data.edges), [data]);
  // A chosen cluster narrows the municipality list to its own.
  const municipalities = useMemo(
    () => scopeOptions('MUNICIPALITY').filter((m) => !view.cluster || clusterOf.get(m.id) === view.cluster),
    [scopeOptions, clusterOf, view.cluster],
  );

  const matches = useNodeMatches(data.nodes, query);
  const matchIds = useMemo(() => (query.trim() ? new Set(matches.map((n) => n.id)) : null), [matches, query]);

  const update = useCallback((change: ViewUpdate, options?: { replace?: boolean }) => setView(change, options), [setView]);

  /** Select a node and pan the map to it (search, links in the panels). */
  const selectAndFocus = useCallback(
    (id: string) => {
      update({ selected: id });
      setFocusRequest((previous) => ({ id, nonce: (previous?.nonce ?? 0) + 1 }));
    },
    [update],
  );
  /** A click on a bundle opens it (its members take its place); on anything else, selects it. */
  const select = useCallback(
    (id: string | null) => {
      if (id?.startsWith(BUNDLE_PREFIX)) update((v) => ({ opened: toggle(v.opened, id.slice(BUNDLE_PREFIX.length)) }));
      else update({ selected: id });
    },
    [update],
  );
  const fitKey = useMemo(
    () =>
      JSON.stringify([
        [...hidden.hiddenSectors],
        [...hidden.hiddenLabels],
        [...hidden.hiddenKinds],
        [...hidden.hiddenRelations],
        view.cluster,
        view.municipality,
        view.focus,
        view.depth,
      ]),
    [hidden, view.cluster, view.municipality, view.focus, view.depth],
  );
  const describe = useCallback(
    (id: string) => (id.startsWith(BUNDLE_PREFIX) ? describeBundle(id, elements, index) : describeNode(id, index)),
    [elements, index],
  );

  const setEnd = useCallback(
    (end: 'from' | 'to', id: string | null) =>
      update((v) => {
        const next: Partial<ViewState> = { [end]: id, alternative: 0 };
        // Choosing as "to" the node that is "from" (or the reverse) swaps rather than pairs it with itself.
        const otherEnd = end === 'from' ? 'to' : 'from';
        if (id !== null && v[otherEnd] === id) next[otherEnd] = v[end];
        return next;
      }),
    [update],
  );
  /** Shift-click: the first pick is "from", then "to"; with both chosen a new pick replaces "to". */
  const pickEnd = useCallback(
    (id: string) => update((v) => (v.from === null || v.from === id ? { from: id, alternative: 0 } : { to: id, alternative: 0 })),
    [update],
  );
  const clearPath = useCallback(() => update({ from: null, to: null, alternative: 0 }), [update]);

  // The filters and scope before each change, so an empty result can offer "undo the last filter".
  const [undoStack, setUndoStack] = useState<FilterState[]>([]);
  const changeFilters = (change: Partial<FilterState>) => {
    setUndoStack((stack) => [...stack.slice(-19), filterStateOf(view, hidden)]);
    update(change);
  };
  const undoFilter = () => {
    const previous = undoStack[undoStack.length - 1];
    if (!previous) return;
    setUndoStack((stack) => stack.slice(0, -1));
    update(previous);
  };
  const setHidden = (key: 'hiddenSectors' | 'hiddenLabels' | 'hiddenKinds' | 'hiddenRelations', value: string) =>
    changeFilters({ [key]: toggle(hidden[key], value) });
  /** A cluster keeps the municipality only if it is one of its own. */
  const setCluster = (id: string | null) =>
    changeFilters({ cluster: id, municipality: view.municipality && id && clusterOf.get(view.municipality) === id ? view.municipality : null });
  /** A municipality brings its cluster along, so the two never contradict each other. */
  const setMunicipality = (id: string | null) => changeFilters({ municipality: id, cluster: id ? (clusterOf.get(id) ?? view.cluster) : view.cluster });
  const showAll = () =>
    changeFilters({ hiddenSectors: new Set(), hiddenLabels: new Set(), hiddenKinds: new Set(), hiddenRelations: new Set(), cluster: null, municipality: null });

  // Bloom's habit: one step out from a node, one relation type at a time, at most EXPAND_CAP nodes.
  const [expandNotice, setExpandNotice] = useState<{ nodeId: string; text: string } | null>(null);
  const expandFrom = (nodeId: string, option: ExpandOption) => {
    const added = option.ids.slice(0, EXPAND_CAP);
    update((v) => ({ pinned: new Set([...v.pinned, nodeId, ...added]) }));
    setExpandNotice(
      option.ids.length > EXPAND_CAP
        ? { nodeId, text: tg('expand.capped', { shown: added.length, count: option.ids.length, relation: tVocab('relation', option.type) }) }
        : null,
    );
  };

  const selected = view.selected ? index.nodeById.get(view.selected) : undefined;
  const focusNode = view.focus ? index.nodeById.get(view.focus) : undefined;
  const fromNode = view.from ? (index.nodeById.get(view.from) ?? null) : null;
  const toNode = view.to ? (index.nodeById.get(view.to) ?? null) : null;
  const pathActive = view.from !== null && view.to !== null && view.from !== view.to;

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
  } else if (visibleIds.size === 0) {
    overlay = (
      <div className="map__message" role="status" data-testid="empty-why">
        <p>{t('map.emptyFiltered')}</p>
        <p>{emptyReason(view, hidden, index, built.scopeIds)}</p>
        {undoStack.length > 0 && (
          <button type="button" className="text-button text-button--primary" onClick={undoFilter} data-testid="undo-filter">
            {tg('filters.undo')}
          </button>
        )}
        <button type="button" className="text-button" onClick={showAll}>
          {t('filters.reset')}
        </button>
      </div>
    );
  }

  return (
    <main className="explorer" id="main" data-panel={pathActive || selected || view.whatIf ? 'open' : 'closed'}>
      <aside className="sidebar" aria-label={t('sidebar.label')}>
        <NodeSearch query={query} matches={matches} onQueryChange={setQuery} onPick={selectAndFocus} />
        <PathPicker
          nodes={data.nodes}
          from={fromNode}
          to={toNode}
          onChange={setEnd}
          onSwap={() => update((v) => ({ from: v.to, to: v.from, alternative: 0 }))}
          onClear={clearPath}
        />
        <GraphFilters
          sectors={sectorOptions}
          labels={labelOptions}
          kinds={kindOptions}
          relations={relationOptions}
          hiddenSectors={hidden.hiddenSectors}
          hiddenLabels={hidden.hiddenLabels}
          hiddenKinds={hidden.hiddenKinds}
          hiddenRelations={hidden.hiddenRelations}
          clusters={clusters}
          municipalities={municipalities}
          cluster={view.cluster}
          municipality={view.municipality}
          onCluster={setCluster}
          onMunicipality={setMunicipality}
          onToggleKind={(k) => setHidden('hiddenKinds', k)}
          onToggleSector={(s) => setHidden('hiddenSectors', s)}
          onToggleLabel={(l) => setHidden('hiddenLabels', l)}
          onToggleRelation={(r) => setHidden('hiddenRelations', r)}
          onReset={showAll}
        />
        {graph.status === 'success' && (
          <div className="graph-status" role="status">
            <p>{t('map.shown', { nodes: elements.nodes.length, edges: elements.edges.length })}</p>
            {view.pinned.size > 0 && (
              <button type="button" className="link-button" onClick={() => update({ pinned: new Set() })} data-testid="clear-pins">
                {tg('expand.clearPins', { count: view.pinned.size })}
              </button>
            )}
            {data.truncated && (
              <p className="notice notice--warning" data-testid="truncated">
                {t('map.truncated', { shown: data.nodes.length, total: data.totalNodes })}
              </p>
            )}
          </div>
        )}
      </aside>
      <section className="map-area" aria-label={t('map.areaLabel')}>
        {focusNode && (
          <FocusBar
            name={focusNode.name}
            depth={view.depth}
            rings={built.focusRings}
            onDepth={(depth) => update({ depth })}
            onEnd={() => update({ focus: null, depth: 1 })}
          />
        )}
        <GraphMap
          elements={elements}
          loaded={graph.status === 'success'}
          selectedId={view.selected}
          matchIds={matchIds}
          focusRequest={focusRequest}
          path={onPath}
          pathKey={pathKey}
          focused={focusNode !== undefined}
          onSelect={select}
          onPickEnd={pickEnd}
          describe={describe}
          fitKey={fitKey}
          exportInfo={() => exportInfoOf(view, hidden, index, elements)}
          overlay={overlay}
        />
        <GraphLegend elements={elements} hasPath={onPath !== null} />
        <MarksLegend
          evidence={view.marked.size > 0}
          whatIf={view.whatIf ? (index.nodeById.get(view.whatIf)?.name ?? view.whatIf) : null}
          onClear={() => update({ marked: new Set() })}
        />
      </section>
      {(pathActive || selected || view.whatIf) && (
        <div className="panels">
          {view.whatIf && (
            <WhatIfPanel
              state={marks.whatIf}
              name={index.nodeById.get(view.whatIf)?.name ?? view.whatIf}
              onSelect={selectAndFocus}
              onClose={() => update({ whatIf: null })}
            />
          )}
          {pathActive && (
            <PathPanel
              connection={connection}
              alternative={alternative}
              addedCount={built.pathExtras.length}
              onAlternative={(i) => update({ alternative: i })}
              onSelect={selectAndFocus}
              onClear={clearPath}
            />
          )}
          {selected && (
            <NodeDetails
              key={selected.id}
              node={selected}
              onMap={visibleIds.has(selected.id)}
              hiddenNeighbours={context.filter((n) => n.id !== selected.id).length}
              edges={index.edgesByNode.get(selected.id) ?? []}
              nameOf={nameOf}
              onSelect={selectAndFocus}
              onClose={() => select(null)}
              focused={view.focus === selected.id}
              onFocus={(id) => update({ focus: id, depth: 1 })}
              onPickEnd={setEnd}
              pathEnd={view.from === selected.id ? 'from' : view.to === selected.id ? 'to' : null}
              expand={
                <ExpandByType
                  options={expandOptions(selected.id, index, visibleIds)}
                  pinned={view.pinned.has(selected.id)}
                  onExpand={(option) => expandFrom(selected.id, option)}
                  onPin={() => update((v) => ({ pinned: toggle(v.pinned, selected.id) }))}
                  notice={expandNotice?.nodeId === selected.id ? expandNotice.text : null}
                />
              }
            />
          )}
          {selected && WHAT_IF_LABELS.has(selected.label) && view.whatIf !== selected.id && (
            <WhatIfButton name={selected.name} onAsk={() => update({ whatIf: selected.id })} />
          )}
        </div>
      )}
    </main>
  );
}
