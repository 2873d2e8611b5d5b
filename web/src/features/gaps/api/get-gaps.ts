import { apiLanguage } from '../../../i18n';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { NODE_REF_FIELDS, type GapScope, type GapScopeInput, type NodeRef, type Severity } from './types';

export interface GapRule {
  id: string;
  severity: Severity;
  title: string;
  description: string;
}

export type FindingStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ASSIGNED' | 'CHANGED';

/** How a finding is followed up; who and the note only reach signed-in users. */
export interface GapFollowUp {
  id: string;
  state: 'ACKNOWLEDGED' | 'ASSIGNED';
  assignee: string | null;
  dueDate: string | null;
  note: string | null;
  at: string;
  version: number;
  current: boolean;
  /** What changed since, when it no longer holds: in the app's language (asked with lang). */
  change: string | null;
}

export interface GapFinding {
  ruleId: string;
  severity: Severity;
  subject: NodeRef;
  sentence: string;
  evidenceIds: string[];
  key: string;
  status: FindingStatus;
  followUp: GapFollowUp | null;
}

export interface GapReport {
  scope: GapScope;
  asOf: string;
  rules: Array<{ rule: GapRule; count: number }>;
  bySeverity: Array<{ severity: Severity; count: number }>;
  total: number;
  findings: GapFinding[];
  explanation: string;
  followUpAllowed: boolean;
}

export const GET_GAPS = /* GraphQL */ `
  query GetGaps($scope: GapScopeInput!, $lang: Language) {
    gaps(scope: $scope, lang: $lang) {
      scope { kind name node { ${NODE_REF_FIELDS} } }
      asOf
      rules { rule { id severity title description } count }
      bySeverity { severity count }
      total
      findings { ruleId severity subject { ${NODE_REF_FIELDS} } sentence evidenceIds key status
        followUp { id state assignee dueDate note at version current change(lang: $lang) } }
      explanation
      followUpAllowed
    }
  }
`;

export async function getGaps(scope: GapScopeInput, signal?: AbortSignal): Promise<GapReport> {
  // Rule titles, sentences and the explanation come in the app's language (names are Danish content).
  const data = await graphqlRequest<{ gaps: GapReport }>(GET_GAPS, { scope, lang: apiLanguage() }, signal);
  return data.gaps;
}

/** The gap report for `scope`; null loads nothing (the scope is not known yet). */
export function useGaps(scope: GapScopeInput | null) {
  return useAsync(scope && `${scope.kind}:${scope.id ?? ''}:${apiLanguage()}`, (signal) => getGaps(scope!, signal));
}
