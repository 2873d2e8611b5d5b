import { apiLanguage } from '../../../i18n';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { NODE_REF_FIELDS, type GapScope, type GapScopeInput, type NodeRef, type RepresentationState } from './types';

export interface RepresentationRow {
  group: NodeRef;
  cells: Array<{ perspective: string; state: RepresentationState; members: number }>;
  memberCount: number;
  missingCount: number;
}

export interface RepresentationMatrix {
  scope: GapScope;
  asOf: string;
  perspectives: string[];
  rows: RepresentationRow[];
}

export const GET_REPRESENTATION_MATRIX = /* GraphQL */ `
  query GetRepresentationMatrix($scope: GapScopeInput!, $lang: Language) {
    representationMatrix(scope: $scope, lang: $lang) {
      scope { kind name node { ${NODE_REF_FIELDS} } }
      asOf
      perspectives
      rows {
        group { ${NODE_REF_FIELDS} }
        cells { perspective state members }
        memberCount
        missingCount
      }
    }
  }
`;

export async function getRepresentationMatrix(scope: GapScopeInput, signal?: AbortSignal): Promise<RepresentationMatrix> {
  const data = await graphqlRequest<{ representationMatrix: RepresentationMatrix }>(GET_REPRESENTATION_MATRIX, { scope, lang: apiLanguage() }, signal);
  return data.representationMatrix;
}

/** Groups × perspectives for `scope`; null loads nothing. */
export function useRepresentationMatrix(scope: GapScopeInput | null) {
  return useAsync(scope && `${scope.kind}:${scope.id ?? ''}:${apiLanguage()}`, (signal) => getRepresentationMatrix(scope!, signal));
}
