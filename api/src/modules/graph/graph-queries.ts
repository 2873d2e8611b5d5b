/** Statements of graph(): the map, a scope, a neighbourhood: key → file under cypher/ (without `.cypher`). */
export const GRAPH_QUERIES = {
  graphNodes: 'graph/nodes',
  graphNodesDrawing: 'graph/nodes-drawing',
  graphEdges: 'graph/edges',
  graphEdgesDrawing: 'graph/edges-drawing',
  graphScope: 'graph/scope',
  graphNeighbours: 'graph/neighbours',
  graphNodesByIds: 'graph/nodes-by-ids',
  graphNodesByIdsAll: 'graph/nodes-by-ids-all',
  graphNodesByIdsAllDrawing: 'graph/nodes-by-ids-all-drawing',
} as const;
