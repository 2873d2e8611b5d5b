import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';
import type { StatusLevel } from './types';

export interface StatusReport {
  id: string;
  level: StatusLevel;
  colour: string;
  asOf: string;
  note: string | null;
  source: string | null;
  inferred: boolean;
  recordedAt: string | null;
}

export interface CellReportEntry {
  inForce: boolean;
  afterDate: boolean;
  report: StatusReport;
}

export const GET_CELL_REPORTS = /* GraphQL */ `
  query GetCellReports($organisationId: ID!, $elementId: ID!, $asOf: String, $lang: Language) {
    statusReports(organisationId: $organisationId, elementId: $elementId, asOf: $asOf) {
      entries { inForce afterDate report { id level colour(lang: $lang) asOf note source inferred recordedAt } }
    }
  }
`;

/** Every report of one cell, newest first, colour words in the app's language; null loads nothing. `revision` reloads after a report. */
export function useCellReports(args: { organisationId: string; elementId: string; asOf: string } | null, revision: number) {
  return useAsync(
    args && JSON.stringify({ ...args, revision, lang: apiLanguage() }),
    async (signal) =>
      (await graphqlRequest<{ statusReports: { entries: CellReportEntry[] } }>(GET_CELL_REPORTS, { ...args!, lang: apiLanguage() }, signal)).statusReports
        .entries,
  );
}
