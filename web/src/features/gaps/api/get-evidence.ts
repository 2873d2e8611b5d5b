import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface EvidenceNeighbourhood {
  nodes: Array<{ id: string; label: string; name: string }>;
  edges: Array<{ id: string; type: string; source: string; target: string }>;
}

/**
 * A finding's evidence is a list of ids; its subject's neighbourhood one step out names them
 * (every rule's evidence lies next to its subject), so the list reads as names, not ids.
 */
export const GET_EVIDENCE = /* GraphQL */ `
  query GetGapEvidence($focusId: ID!) {
    graph(filter: { focusId: $focusId, depth: 1, limit: 5000 }) {
      nodes { id label name }
      edges { id type source target }
    }
  }
`;

export async function getEvidence(subjectId: string, signal?: AbortSignal): Promise<EvidenceNeighbourhood> {
  const data = await graphqlRequest<{ graph: EvidenceNeighbourhood }>(GET_EVIDENCE, { focusId: subjectId }, signal);
  return data.graph;
}

/** Loads only once the evidence is opened (`subjectId` null until then). */
export function useEvidence(subjectId: string | null) {
  return useAsync(subjectId, (signal) => getEvidence(subjectId!, signal));
}
