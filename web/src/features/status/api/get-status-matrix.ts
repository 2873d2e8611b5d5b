import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';
import { STATUS_CELL_FIELDS, type NodeRef, type StatusCell, type StatusElement, type StatusLevel } from './types';

export interface StatusMatrix {
  agreement: NodeRef;
  asOf: string;
  elements: StatusElement[];
  rows: Array<{ organisation: NodeRef; cluster: NodeRef | null; cells: Array<StatusCell | null> }>;
  legend: Array<{ level: StatusLevel; colour: string; label: string }>;
  summary: string;
}

export interface StatusMatrixArgs {
  agreementId: string;
  asOf: string;
  clusterId: string | null;
}

export const GET_STATUS_MATRIX = /* GraphQL */ `
  query GetStatusMatrix($agreementId: ID!, $asOf: String, $clusterId: ID, $lang: Language) {
    statusMatrix(agreementId: $agreementId, asOf: $asOf, clusterId: $clusterId) {
      agreement { id name }
      asOf
      elements { id number name }
      rows { organisation { id name } cluster { id name } cells { ${STATUS_CELL_FIELDS} } }
      legend { level colour(lang: $lang) label(lang: $lang) }
      summary(lang: $lang)
    }
  }
`;

export async function getStatusMatrix(args: StatusMatrixArgs, signal?: AbortSignal): Promise<StatusMatrix> {
  // The summary, the legend and the colour words come in the app's language.
  const variables = { ...args, lang: apiLanguage() };
  const data = await graphqlRequest<{ statusMatrix: StatusMatrix }, typeof variables>(GET_STATUS_MATRIX, variables, signal);
  return data.statusMatrix;
}

/** Municipalities × elements as of a date; null loads nothing. */
export function useStatusMatrix(args: StatusMatrixArgs | null) {
  return useAsync(args && JSON.stringify({ ...args, lang: apiLanguage() }), (signal) => getStatusMatrix(args!, signal));
}
