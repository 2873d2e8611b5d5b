/**
 * The picture as the API sends it (`graph(filter)`), independent of Cytoscape: what the map
 * draws and filters by. The stored properties of a node are read when it is selected
 * (api/get-node-properties.ts), not with the map.
 */
export interface GraphNode {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  /** Written on the map for a municipality or a long name, and found by the search. */
  shortName: string | null;
  /** Places a GP practice in its municipality's scope (scope.ts). */
  municipalityCode: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  /** A STATUS relationship's level, which colours it. */
  level: string | null;
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
