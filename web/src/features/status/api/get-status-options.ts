import { collator } from '../../../lib/collator';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { NodeRef } from './types';

export interface AgreementOption extends NodeRef {
  /** The days any status on the agreement was reported for, ascending: the date slider's stops. */
  statusDates: string[];
}

export interface StatusOptions {
  agreements: AgreementOption[];
  clusters: NodeRef[];
}

export const GET_STATUS_OPTIONS = /* GraphQL */ `
  query GetStatusOptions {
    agreements(first: 100) { nodes { id name elements { statuses { asOf } } } }
    organisations(filter: { kinds: [CLUSTER] }, first: 100) { nodes { id name } }
  }
`;

interface Response {
  agreements: { nodes: Array<NodeRef & { elements: Array<{ statuses: Array<{ asOf: string }> }> }> };
  organisations: { nodes: NodeRef[] };
}

export async function getStatusOptions(signal?: AbortSignal): Promise<StatusOptions> {
  const data = await graphqlRequest<Response>(GET_STATUS_OPTIONS, {}, signal);
  return {
    agreements: data.agreements.nodes.map(({ id, name, elements }) => ({
      id,
      name,
      statusDates: [...new Set(elements.flatMap((e) => e.statuses.map((s) => s.asOf)))].sort(),
    })),
    clusters: [...data.organisations.nodes].sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/** Agreements (with the dates their statuses were reported for) and clusters, for the pickers. */
export function useStatusOptions() {
  return useAsync('status-options', getStatusOptions);
}
