import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { NODE_REF_FIELDS, type GapScope, type GapScopeInput, type NodeRef, type Severity } from './types';

export interface GapRule {
  id: string;
  severity: Severity;
  title: string;
  description: string;
}

export interface GapFinding {
  ruleId: string;
  severity: Severity;
  subject: NodeRef;
  sentence: string;
  evidenceIds: string[];
}

export interface GapReport {
  scope: GapScope;
  asOf: string;
  rules: Array<{ rule: GapRule; count: number }>;
  bySeverity: Array<{ severity: Severity; count: number }>;
  total: number;
  findings: GapFinding[];
  explanation: string;
}

export const GET_GAPS = /* GraphQL */ `
  query GetGaps($scope: GapScopeInput!) {
    gaps(scope: $scope) {
      scope { kind name node { ${NODE_REF_FIELDS} } }
      asOf
      rules { rule { id severity title description } count }
      bySeverity { severity count }
      total
      findings { ruleId severity subject { ${NODE_REF_FIELDS} } sentence evidenceIds }
      explanation
    }
  }
`;

export async function getGaps(scope: GapScopeInput, signal?: AbortSignal): Promise<GapReport> {
  const data = await graphqlRequest<{ gaps: GapReport }>(GET_GAPS, { scope }, signal);
  return data.gaps;
}

/** The gap report for `scope`; null loads nothing (the scope is not known yet). */
export function useGaps(scope: GapScopeInput | null) {
  return useAsync(scope && `${scope.kind}:${scope.id ?? ''}`, (signal) => getGaps(scope!, signal));
}
