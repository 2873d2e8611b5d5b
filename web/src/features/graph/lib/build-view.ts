import type { ConnectionPath } from '../api/get-connection';
import type { GraphData, GraphEdge, GraphNode } from '../types';
import { pathGraph } from './path-elements';
import { clusterScope, municipalityScope, neighbourhood, type EdgesOf } from './scope';
import { contextNodes, isHiddenKind, mapStructure, sectorOf, toElements, type MapElements, type MapStructure } from './to-elements';
import type { EffectiveFilters, ViewState } from './view-state';

export interface GraphIndex {
  nodeById: Map<string, GraphNode>;
  edgeById: Map<string, GraphEdge>;
  edgesByNode: Map<string, GraphEdge[]>;
  /** Every node's frame and column, from the whole data: a node keeps its place whatever is filtered. */
  structure: MapStructure;
}

export function indexGraph(data: GraphData): GraphIndex {
  const edgesByNode = new Map<string, GraphEdge[]>();
  for (const e of data.edges) {
    for (const end of [e.source, e.target]) {
      const list = edgesByNode.get(end) ?? [];
      list.push(e);
      edgesByNode.set(end, list);
    }
  }
  return {
    nodeById: new Map(data.nodes.map((n) => [n.id, n])),
    edgeById: new Map(data.edges.map((e) => [e.id, e])),
    edgesByNode,
    structure: mapStructure(data),
  };
}

export interface BuiltView {
  elements: MapElements;
  /** Nodes the filters, scope and focus let through (the focus always). */
  visibleIds: Set<string>;
  /** Hidden neighbours of the selection, drawn around it. */
  context: GraphNode[];
  /** Nodes of the shown path that the view leaves out, drawn for the path's sake. */
  pathExtras: GraphNode[];
  /** Per step out from the focus, how many nodes it reached (index 0 is the focus). */
  focusRings: number[];
  /** The nodes of the scope (cluster or municipality) before the filters; null without one. */
  scopeIds: Set<string> | null;
}

const intersect = (a: Set<string> | null, b: Set<string>): Set<string> => (a ? new Set([...a].filter((id) => b.has(id))) : b);

/** What the map draws for a view: filters, then scope and focus, then selection context and path. */
export function buildView(data: GraphData, index: GraphIndex, view: ViewState, hidden: EffectiveFilters, path: ConnectionPath | null): BuiltView {
  const edgeShown = (e: GraphEdge) => !hidden.hiddenRelations.has(e.type);
  const edgesOf: EdgesOf = (id) => (index.edgesByNode.get(id) ?? []).filter(edgeShown);

  // One scope, never an intersection of two: a municipality is narrower than its cluster (and a
  // municipality outside the chosen cluster must not leave only what the two happen to share).
  let allowed: Set<string> | null = null;
  // The scope is structural: hiding a relation type hides its lines, not the units of a municipality.
  const allEdgesOf: EdgesOf = (id) => index.edgesByNode.get(id) ?? [];
  if (view.municipality && index.nodeById.has(view.municipality)) allowed = municipalityScope(view.municipality, allEdgesOf, data.nodes);
  else if (view.cluster && index.nodeById.has(view.cluster)) allowed = clusterScope(view.cluster, allEdgesOf);
  const scopeIds = allowed;
  const focus = view.focus && index.nodeById.has(view.focus) ? view.focus : null;
  const focusRings: number[] = [];
  if (focus) {
    // One step further than shown, so the focus bar can say what "Udvid" would add.
    const reached = neighbourhood(focus, view.depth + 1, edgesOf, index.nodeById);
    for (const step of reached.values()) focusRings[step] = (focusRings[step] ?? 0) + 1;
    allowed = intersect(allowed, new Set([...reached].filter(([, step]) => step <= view.depth).map(([id]) => id)));
  }

  const nodes = data.nodes.filter(
    (n) =>
      n.id === focus ||
      view.pinned.has(n.id) ||
      (!hidden.hiddenSectors.has(sectorOf(n)) && !hidden.hiddenLabels.has(n.label) && !isHiddenKind(n, hidden.hiddenKinds) && (!allowed || allowed.has(n.id))),
  );
  const visibleIds = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter((e) => edgeShown(e) && visibleIds.has(e.source) && visibleIds.has(e.target));

  const context = contextNodes(data, visibleIds, view.selected, edgesOf);
  const contextIds = new Set(context.map((n) => n.id));
  const drawn = new Set([...visibleIds, ...contextIds]);
  // Only the selection's own edges reach into the context, so the rest of the picture stays as it was.
  const contextEdges = view.selected
    ? edgesOf(view.selected).filter((e) => (contextIds.has(e.source) || contextIds.has(e.target)) && drawn.has(e.source) && drawn.has(e.target))
    : [];

  let pathExtras: GraphNode[] = [];
  let pathEdges: GraphEdge[] = [];
  let pathNodeIds: string[] = [];
  // Before the graph has arrived there is nothing to draw a path into.
  if (path && data.nodes.length > 0) {
    const graph = pathGraph(path, index.nodeById, index.edgeById);
    pathExtras = graph.nodes.filter((n) => !drawn.has(n.id));
    pathEdges = graph.edges;
    pathNodeIds = graph.nodes.map((n) => n.id);
  }
  const temporary = new Set([...contextIds, ...pathExtras.map((n) => n.id)]);
  // The overview merges edges that leave a frame; the selection's and the path's stay single.
  const overview = !focus && !allowed;
  const keepEdgeIds = new Set([...(view.selected ? edgesOf(view.selected) : []), ...pathEdges].map((e) => e.id));
  const keepNodeIds = new Set([...(view.selected ? [view.selected] : []), ...pathNodeIds, ...view.pinned]);
  const edgeIds = new Set<string>();
  const allEdges = [...edges, ...contextEdges, ...pathEdges].filter((e) => (edgeIds.has(e.id) ? false : (edgeIds.add(e.id), true)));
  const allNodes = [...nodes, ...context, ...pathExtras];
  if (allNodes.length === 0) return { elements: { nodes: [], edges: [] }, visibleIds, context, pathExtras, focusRings, scopeIds };
  const elements = toElements(allNodes, allEdges, temporary, {
    aggregate: overview,
    keepEdgeIds,
    keepNodeIds,
    openedBundles: view.opened,
    structure: index.structure,
    pinned: view.pinned,
  });
  return { elements, visibleIds, context, pathExtras, focusRings, scopeIds };
}
