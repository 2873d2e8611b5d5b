import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { GraphData } from '../types';

// What the map draws and filters by, not the nodes' and edges' stored properties: the API then
// reads the picture without them (DESIGN.md, graph pictures), and the details panel reads the
// selected node's properties on selection (get-node-properties.ts).
export const GET_GRAPH = /* GraphQL */ `
  query GetGraph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes { id label name kind sector shortName municipalityCode }
      edges { id type source target level }
      totalNodes
      truncated
    }
  }
`;

/** As many nodes as the API gives in one view; filtering by sector and label happens in the browser. */
export const GRAPH_LIMIT = 5000;

export async function getGraph(signal?: AbortSignal): Promise<GraphData> {
  const data = await graphqlRequest<{ graph: GraphData }>(GET_GRAPH, { filter: { limit: GRAPH_LIMIT } }, signal);
  return data.graph;
}

export function useGraph() {
  return useAsync('graph', getGraph);
}
