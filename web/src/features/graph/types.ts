/** The picture as the API sends it (`graph(filter)`), independent of Cytoscape. */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalNodes: number;
  truncated: boolean;
}

/** Pseudo-sector for nodes without one (people, groups, channels …), so they can be filtered too. */
export const NO_SECTOR = 'NONE';

export interface GraphFilters {
  hiddenSectors: ReadonlySet<string>;
  hiddenLabels: ReadonlySet<string>;
  /** Organisation kinds (only Organisation nodes have a kind that is filtered). */
  hiddenKinds: ReadonlySet<string>;
}
