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

/** The request `preloadGraph` started, until the map takes it. */
let early: Promise<GraphData> | null = null;

/**
 * Asks for the map's picture at once, from the app's entry when the address opens the map,
 * while the map's own chunk (Cytoscape, ~170 kB compressed) still downloads and parses: the
 * two waits overlap instead of following each other. The map's first load takes this request
 * over; a reload (retry) asks again.
 */
export function preloadGraph(): void {
  if (early) return;
  early = getGraph();
  // Marked handled at once: a failure that comes before the map's chunk has loaded is the map's
  // to show when it takes the request over, not an "uncaught (in promise)" on the page.
  early.catch(() => undefined);
}

export function useGraph() {
  return useAsync('graph', (signal) => {
    const preloaded = early;
    early = null;
    return preloaded ?? getGraph(signal);
  });
}
