import type { GraphData, GraphEdge, GraphFilters, GraphNode } from '../types';
import { NO_SECTOR } from '../types';
import { aggregateEdges } from './aggregate-edges';
import { placeInBands, type Placement } from './bands';
import { bundleNodes } from './bundles';
import { deriveFrames } from './frames';
import { edgeRuleOf, FRAME_TIER, labelTierOf, labelWidth, nodeColour, shapeRuleOf, PROMINENT_KINDS } from './visual-encoding';

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
  /**
   * The cluster frame the node is drawn in. Not Cytoscape's `parent`: frames are plain nodes
   * drawn under the rest (compound nodes made the first style pass cost seconds, DESIGN.md Web).
   */
  frame?: string;
  /** This node is drawn as the frame around its members (band-layout.ts's frameBoxes). */
  isFrame?: boolean;
  /**
   * The drawing, looked up once here from the visual-encoding tables: the stylesheet maps these
   * fields instead of matching ~50 selectors per element, which made styling a 2,000-element
   * view cost about a second.
   */
  colour: string;
  shape: string;
  size: number;
  prominent: boolean;
  /** Label level of detail: 0 frames, 1 landmarks, 2 meeting places, 3 detail. */
  tier: number;
  fontSize: number;
  fontWeight: string;
  /** The drawn label's width bound in model pixels (longer ends in "…"). */
  labelWidth: number;
  /** Column of the overview (see bands.ts) and order inside it. */
  band: number;
  order: string;
  /** Pinned to the map by the user (or by expanding). */
  pinned?: boolean;
  /** A bundle of detail (bundles.ts): its key, and how many nodes it stands for. */
  bundle?: string;
  count?: number;
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
  /** Edges of one type between a frame and a node (or two frames), drawn as one: how many. */
  count: number;
  /** "×12" on an aggregate edge, empty otherwise. */
  countLabel: string;
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
export function contextNodes(
  data: GraphData,
  visibleIds: ReadonlySet<string>,
  selectedId: string | null,
  edgesOf: (id: string) => readonly GraphEdge[],
): GraphNode[] {
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

function depthOf(id: string, parentOf: Map<string, string>): number {
  let depth = 0;
  for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) depth++;
  return depth;
}

export interface ToElementsOptions {
  /** The overview: detail bundled, edges that leave a frame drawn as one per type and end, with a count. */
  aggregate?: boolean;
  /** Edges always drawn one by one (the selection's, the path's). */
  keepEdgeIds?: ReadonlySet<string>;
  /** Nodes never bundled (the selection, a path's nodes). */
  keepNodeIds?: ReadonlySet<string>;
  /** Keys of bundles the user opened. */
  openedBundles?: ReadonlySet<string>;
  /** Nodes pinned to the map: drawn with a double border. */
  pinned?: ReadonlySet<string>;
  /**
   * Frames and columns computed once on the whole data (mapStructure), so a node keeps its row
   * and column whatever the filters hide. Without it they are computed from the nodes given.
   */
  structure?: MapStructure;
}

export interface MapStructure {
  frameOf: ReadonlyMap<string, string>;
  placement: ReadonlyMap<string, Placement>;
}

/** Rows (frames) and columns of every node of the data. */
export function mapStructure(data: GraphData): MapStructure {
  return { frameOf: deriveFrames(data.nodes, data.edges).parentOf, placement: placeInBands(data.nodes, data.edges) };
}

/**
 * The Cytoscape data for the visible part of the graph plus the context nodes (`contextIds`);
 * frames come before their members. Only filtered nodes are framed: context nodes are drawn
 * beside the selection, so their edges stay lines.
 */
export function toElements(nodes: GraphNode[], edges: GraphEdge[], contextIds: ReadonlySet<string> = new Set(), options: ToElementsOptions = {}): MapElements {
  const framedNodes = nodes.filter((n) => !contextIds.has(n.id));
  const framedEdges = edges.filter((e) => !contextIds.has(e.source) && !contextIds.has(e.target));
  const structure = options.structure ?? mapStructure({ nodes: framedNodes, edges: framedEdges, totalNodes: 0, truncated: false });
  const placement = structure.placement;
  // A node is drawn in its frame when the frame is drawn too.
  const drawnIds = new Set(framedNodes.map((n) => n.id));
  const parentOf = new Map<string, string>();
  for (const n of framedNodes) {
    const frame = structure.frameOf.get(n.id);
    if (frame && drawnIds.has(frame)) parentOf.set(n.id, frame);
  }
  const containedEdgeIds = new Set(edges.filter((e) => parentOf.get(e.source) === e.target || parentOf.get(e.target) === e.source).map((e) => e.id));
  const frames = new Set(parentOf.values());
  const mapNodes = nodes.map((n): MapNodeData => {
    const shortName = n.shortName;
    const display = shortName && (n.kind === 'MUNICIPALITY' || n.name.length > LONG_NAME) ? shortName : n.name;
    const tier = frames.has(n.id) ? FRAME_TIER : labelTierOf(n.label, n.kind);
    const place = placement.get(n.id);
    const data: MapNodeData = {
      id: n.id,
      label: n.label,
      name: n.name,
      display,
      kind: n.kind ?? '',
      sector: sectorOf(n),
      context: contextIds.has(n.id),
      colour: nodeColour(sectorOf(n), n.label),
      shape: shapeRuleOf(n.label, n.kind).shape,
      size: shapeRuleOf(n.label, n.kind).size,
      prominent: n.label === 'Organisation' && n.kind !== null && PROMINENT_KINDS.includes(n.kind),
      tier: tier.tier,
      fontSize: tier.fontSize,
      fontWeight: tier.bold ? 'bold' : 'normal',
      labelWidth: labelWidth(display, tier),
      band: place?.band ?? 1,
      order: place?.order ?? '',
    };
    const frame = parentOf.get(n.id);
    if (frame !== undefined) data.frame = frame;
    if (frames.has(n.id)) data.isFrame = true;
    if (options.pinned?.has(n.id)) data.pinned = true;
    return data;
  });
  const bundled = options.aggregate
    ? bundleNodes(mapNodes, options.keepNodeIds ?? new Set(), options.openedBundles ?? new Set())
    : { nodes: mapNodes, bundleOf: new Map<string, string>() };
  const depth = new Map(bundled.nodes.map((n) => [n.id, n.frame ? depthOf(n.frame, parentOf) + 1 : 0]));
  bundled.nodes.sort((a, b) => depth.get(a.id)! - depth.get(b.id)!);
  const drawnEdges = edges
    .filter((e) => !containedEdgeIds.has(e.id))
    .map(
      (e): MapEdgeData => ({
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        level: e.level ?? '',
        context: contextIds.has(e.source) || contextIds.has(e.target),
        ...edgeDrawing(e),
        count: 1,
        countLabel: '',
      }),
    );
  const mapEdges = options.aggregate ? aggregateEdges(drawnEdges, parentOf, options.keepEdgeIds ?? new Set(), bundled.bundleOf) : drawnEdges;
  return { nodes: bundled.nodes, edges: mapEdges };
}

function edgeDrawing(e: GraphEdge): { colour: string; lineStyle: string; width: number; arrow: string } {
  const rule = edgeRuleOf(e.type, e.level);
  return { colour: rule.colour, lineStyle: rule.lineStyle, width: rule.width, arrow: rule.arrow };
}
