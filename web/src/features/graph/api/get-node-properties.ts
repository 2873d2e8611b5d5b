import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

// One node's stored properties, for the details panel, read when the node is selected (the
// map's query leaves them out): one index seek, with the same rules for what a visitor may see
// as the picture (a person's name, e-mail and phone left out). A node deleted since the map was
// drawn answers null: no properties.
export const GET_NODE_PROPERTIES = /* GraphQL */ `
  query GetNodeProperties($id: ID!) {
    graphNode(id: $id) { id properties }
  }
`;

export async function getNodeProperties(id: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
  const data = await graphqlRequest<{ graphNode: { id: string; properties: Record<string, unknown> } | null }>(GET_NODE_PROPERTIES, { id }, signal);
  return data.graphNode?.properties ?? {};
}

/** The stored properties of the selected node; `id` null loads nothing. */
export function useNodeProperties(id: string | null) {
  return useAsync(id === null ? null : `node-properties:${id}`, (signal) => getNodeProperties(id!, signal));
}
