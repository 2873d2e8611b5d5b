import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { STATUS_CELL_FIELDS, type NodeRef, type StatusCell, type StatusElement } from './types';

export interface StatusChanges {
  from: string;
  to: string;
  changes: Array<{ organisation: NodeRef; element: StatusElement; before: StatusCell | null; after: StatusCell | null; sentence: string }>;
  explanation: string;
}

export interface StatusChangesArgs {
  agreementId: string;
  from: string;
  to: string;
  clusterId: string | null;
}

export const GET_STATUS_CHANGES = /* GraphQL */ `
  query GetStatusChanges($agreementId: ID!, $from: String!, $to: String, $clusterId: ID) {
    statusChanges(agreementId: $agreementId, from: $from, to: $to, clusterId: $clusterId) {
      from
      to
      changes {
        organisation { id name }
        element { id number name }
        before { ${STATUS_CELL_FIELDS} }
        after { ${STATUS_CELL_FIELDS} }
        sentence
      }
      explanation
    }
  }
`;

export async function getStatusChanges(args: StatusChangesArgs, signal?: AbortSignal): Promise<StatusChanges> {
  const data = await graphqlRequest<{ statusChanges: StatusChanges }, StatusChangesArgs>(GET_STATUS_CHANGES, args, signal);
  return data.statusChanges;
}

/** The cells whose level differs between two dates; null loads nothing. */
export function useStatusChanges(args: StatusChangesArgs | null) {
  return useAsync(args && JSON.stringify(args), (signal) => getStatusChanges(args!, signal));
}
