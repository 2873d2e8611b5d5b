import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { GraphData } from '../types';

export const GET_GRAPH = /* GraphQL */ `
  query GetGraph($filter: GraphFilter) {
    graph(filter: $filter) {
      nodes { id label name kind sector properties }
      edges { id type source target properties }
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
