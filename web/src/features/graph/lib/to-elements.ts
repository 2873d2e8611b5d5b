import type { GraphData, GraphEdge, GraphFilters, GraphNode } from '../types';
import { NO_SECTOR } from '../types';
import { CONTAINMENT_RELATIONS, edgeRuleOf, sectorColour, shapeRuleOf, PROMINENT_KINDS } from './visual-encoding';

/** What a Cytoscape node carries: enough for the stylesheet selectors and the tests. */
export interface MapNodeData {
  id: string;
  label: string;
  name: string;
  /** The text drawn on the map: the short name when there is one. */
  display: string;
  kind: string;
  sector: string;
  /** Hidden by the filters but shown around the selected node; never inside a frame. */
  context: boolean;
  parent?: string;
  /**
   * The drawing, looked up once here from the visual-encoding tables: the stylesheet maps these
   * fields instead of matching ~50 selectors per element, which made styling a 2,000-element
   * view cost about a second.
   */
  colour: string;
  shape: string;
  size: number;
  prominent: boolean;
}

export interface MapEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  level: string;
  /** Touches a context node. */
  context: boolean;
  colour: string;
  lineStyle: string;
  width: number;
  arrow: string;
}

export interface MapElements {
  nodes: MapNodeData[];
  edges: MapEdgeData[];
}

/** Names longer than this are drawn by their short name when they have one (BUA). */
const LONG_NAME = 28;

export const sectorOf = (node: GraphNode): string => node.sector ?? NO_SECTOR;

export const isHiddenKind = (node: GraphNode, hiddenKinds: ReadonlySet<string>): boolean =>
  node.label === 'Organisation' && node.kind !== null && hiddenKinds.has(node.kind);

/** Nodes whose sector, label and organisation kind are not hidden, and the edges between them. */
export function applyFilters(data: GraphData, filters: GraphFilters): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = data.nodes.filter(
    (n) => !filters.hiddenSectors.has(sectorOf(n)) && !filters.hiddenLabels.has(n.label) && !isHiddenKind(n, filters.hiddenKinds),
  );
  const ids = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/**
 * The selected node's surroundings that the filters hide: the node itself when hidden, and its
 * hidden neighbours. They are drawn around it for as long as it is selected.
 */
export function contextNodes(data: GraphData, visibleIds: ReadonlySet<string>, selectedId: string | null, edgesOf: (id: string) => readonly GraphEdge[]): GraphNode[] {
  if (!selectedId) return [];
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const selected = byId.get(selectedId);
  if (!selected) return [];
  const ids = new Set<string>();
  if (!visibleIds.has(selectedId)) ids.add(selectedId);
  for (const e of edgesOf(selectedId)) {
    const other = e.source === selectedId ? e.target : e.source;
    if (!visibleIds.has(other) && byId.has(other)) ids.add(other);
  }
  return [...ids].map((id) => byId.get(id)!);
}

/**
 * Compound parents: a node with an IN_CLUSTER edge to a node on the map is drawn inside it
 * (municipalities and hospitals inside their health cluster). The edge itself is then not drawn:
 * the frame says it. A parent chain that would loop is cut.
 */
export function containment(nodes: GraphNode[], edges: GraphEdge[]): { parentOf: Map<string, string>; containedEdgeIds: Set<string> } {
  const ids = new Set(nodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  const edgeOf = new Map<string, string>();
  for (const e of edges) {
    if (!CONTAINMENT_RELATIONS.has(e.type) || e.source === e.target) continue;
    if (!ids.has(e.source) || !ids.has(e.target) || parentOf.has(e.source)) continue;
    parentOf.set(e.source, e.target);
    edgeOf.set(e.source, e.id);
  }
  for (const start of [...parentOf.keys()]) {
    const seen = new Set<string>([start]);
    let at = parentOf.get(start);
    while (at !== undefined) {
      if (seen.has(at)) {
        parentOf.delete(start);
        edgeOf.delete(start);
        break;
      }
      seen.add(at);
      at = parentOf.get(at);
    }
  }
  return { parentOf, containedEdgeIds: new Set(edgeOf.values()) };
}

function depthOf(id: string, parentOf: Map<string, string>): number {
  let depth = 0;
  for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) depth++;
  return depth;
}

/**
 * The Cytoscape data for the visible part of the graph plus the context nodes (`contextIds`);
 * parents come before their children. Only filtered nodes are framed: context nodes are drawn
 * beside the selection, so their containment edges stay lines.
 */
export function toElements(nodes: GraphNode[], edges: GraphEdge[], contextIds: ReadonlySet<string> = new Set()): MapElements {
  const { parentOf, containedEdgeIds } = containment(
    nodes.filter((n) => !contextIds.has(n.id)),
    edges.filter((e) => !contextIds.has(e.source) && !contextIds.has(e.target)),
  );
  const mapNodes = nodes.map((n): MapNodeData => {
    const shortName = typeof n.properties.shortName === 'string' ? n.properties.shortName : null;
    const data: MapNodeData = {
      id: n.id,
      label: n.label,
      name: n.name,
      display: shortName && (n.kind === 'MUNICIPALITY' || n.name.length > LONG_NAME) ? shortName : n.name,
      kind: n.kind ?? '',
      sector: sectorOf(n),
      context: contextIds.has(n.id),
      colour: sectorColour(sectorOf(n)),
      shape: shapeRuleOf(n.label, n.kind).shape,
      size: shapeRuleOf(n.label, n.kind).size,
      prominent: n.label === 'Organisation' && n.kind !== null && PROMINENT_KINDS.includes(n.kind),
    };
    const parent = parentOf.get(n.id);
    if (parent !== undefined) data.parent = parent;
    return data;
  });
  const depth = new Map(mapNodes.map((n) => [n.id, depthOf(n.id, parentOf)]));
  mapNodes.sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  const mapEdges = edges
    .filter((e) => !containedEdgeIds.has(e.id))
    .map((e): MapEdgeData => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      level: typeof e.properties.level === 'string' ? e.properties.level : '',
      context: contextIds.has(e.source) || contextIds.has(e.target),
      ...edgeDrawing(e),
    }));
  return { nodes: mapNodes, edges: mapEdges };
}

function edgeDrawing(e: GraphEdge): { colour: string; lineStyle: string; width: number; arrow: string } {
  const rule = edgeRuleOf(e.type, typeof e.properties.level === 'string' ? e.properties.level : null);
  return { colour: rule.colour, lineStyle: rule.lineStyle, width: rule.width, arrow: rule.arrow };
}
