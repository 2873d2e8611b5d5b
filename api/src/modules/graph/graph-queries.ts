/** Statements of graph(): the map, a scope, a neighbourhood: key → file under cypher/ (without `.cypher`). */
export const GRAPH_QUERIES = {
  graphNodes: 'graph/nodes',
  graphEdges: 'graph/edges',
  graphScope: 'graph/scope',
  graphNeighbours: 'graph/neighbours',
  graphNodesByIds: 'graph/nodes-by-ids',
  graphNodesByIdsAll: 'graph/nodes-by-ids-all',
} as const;
