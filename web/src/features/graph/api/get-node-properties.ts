import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

// One node's stored properties, for the details panel, read when the node is selected (the
// map's query leaves them out). The focus view keeps its focus first whatever the limit, so a
// limit of 1 answers the node alone, with the same rules for what a visitor may see as the
// picture (a person's name, e-mail and phone left out).
export const GET_NODE_PROPERTIES = /* GraphQL */ `
  query GetNodeProperties($id: ID!) {
    graph(filter: { focusId: $id, depth: 1, limit: 1 }) {
      nodes { id properties }
    }
  }
`;

export async function getNodeProperties(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
  const data = await graphqlRequest<{ graph: { nodes: Array<{ id: string; properties: Record<string, unknown> }> } }>(GET_NODE_PROPERTIES, { id }, signal);
  return data.graph.nodes.find((n) => n.id === id)?.properties ?? {};
}

/** The stored properties of the selected node; `id` null loads nothing. */
export function useNodeProperties(id: string | null) {
  return useAsync(id === null ? null : `node-properties:${id}`, (signal) => getNodeProperties(id!, signal));
}
