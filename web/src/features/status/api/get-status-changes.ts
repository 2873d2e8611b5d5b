import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';
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
  query GetStatusChanges($agreementId: ID!, $from: String!, $to: String, $clusterId: ID, $lang: Language) {
    statusChanges(agreementId: $agreementId, from: $from, to: $to, clusterId: $clusterId) {
      from
      to
      changes {
        organisation { id name }
        element { id number name }
        before { ${STATUS_CELL_FIELDS} }
        after { ${STATUS_CELL_FIELDS} }
        sentence(lang: $lang)
      }
      explanation(lang: $lang)
    }
  }
`;

export async function getStatusChanges(args: StatusChangesArgs, signal?: AbortSignal): Promise<StatusChanges> {
  // The sentences come in the app's language (municipality names are Danish content).
  const variables = { ...args, lang: apiLanguage() };
  const data = await graphqlRequest<{ statusChanges: StatusChanges }, typeof variables>(GET_STATUS_CHANGES, variables, signal);
  return data.statusChanges;
}

/** The cells whose level differs between two dates; null loads nothing. */
export function useStatusChanges(args: StatusChangesArgs | null) {
  return useAsync(args && JSON.stringify({ ...args, lang: apiLanguage() }), (signal) => getStatusChanges(args!, signal));
}
