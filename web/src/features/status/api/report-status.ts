import type { StatusLevel } from './types';

export interface ReportStatusInput {
  organisationId: string;
  elementId: string;
  level: StatusLevel;
  asOf: string;
  note: string | null;
  source: string | null;
  /** One per opened form: a repeat of the same request (double click, retry) lands once. */
  reportId: string;
}

export interface FieldProblem {
  field: string;
  message: string;
  da?: string;
}

/** A refused report with what the API said: its code and, for BAD_USER_INPUT, the fields. */
export class ReportError extends Error {
  override name = 'ReportError';
  constructor(
    message: string,
    readonly code: string,
    readonly issues: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export const REPORT_STATUS = /* GraphQL */ `
  mutation ReportStatus($organisationId: ID!, $elementId: ID!, $level: StatusLevel!, $asOf: String!, $note: String, $source: String, $reportId: ID) {
    reportStatus(organisationId: $organisationId, elementId: $elementId, level: $level, asOf: $asOf, note: $note, source: $source, reportId: $reportId) {
      created
      report { id asOf level }
    }
  }
`;

/**
 * Saves a new dated report. Its own fetch (not the shared client) because a refusal's field
 * issues and Danish wording are what the form shows beside each field.
 */
export async function reportStatus(input: ReportStatusInput): Promise<{ created: boolean; report: { id: string; asOf: string; level: StatusLevel } }> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: REPORT_STATUS, variables: input }),
    });
  } catch {
    throw new ReportError('network', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: { reportStatus: { created: boolean; report: { id: string; asOf: string; level: StatusLevel } } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string; da?: string; issues?: FieldProblem[] } }>;
  } | null;
  const first = body?.errors?.[0];
  if (first) throw new ReportError(first.extensions?.da ?? first.message, first.extensions?.code ?? 'ERROR', first.extensions?.issues ?? []);
  if (!body?.data) throw new ReportError(`HTTP ${response.status}`, 'HTTP');
  return body.data.reportStatus;
}
