import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface PathwayStep {
  number: number;
  name: string;
  description: string | null;
}

export interface PathwayOption {
  id: string;
  name: string;
  topics: string[];
  steps: PathwayStep[];
}

export const GET_PATHWAYS = /* GraphQL */ `
  query GetContactPathways {
    pathways(first: 100) { nodes { id name topics steps { number name description } } }
  }
`;

export async function getPathways(signal?: AbortSignal): Promise<PathwayOption[]> {
  const data = await graphqlRequest<{ pathways: { nodes: PathwayOption[] } }>(GET_PATHWAYS, {}, signal);
  return data.pathways.nodes;
}

/** The care pathway programmes and their steps 1–4, for the "what is it about" chips. */
export function usePathways() {
  return useAsync('contact-pathways', getPathways);
}
