import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { laterReport } from '../core/status-cell.js';
import { checkDate } from './status-reader.js';
import { toReport, type StatusReport } from './status-reporter.js';

interface ReportRow {
  id: string;
  level: string;
  asOf: string;
  note: string | null;
  source: string | null;
  inferred: boolean | null;
  createdAt: string | null;
}

export interface CellReports {
  organisationId: string;
  elementId: string;
  asOf: string;
  /** Newest first: the later asOf, then the one recorded later. */
  reports: Array<StatusReport & { inForce: boolean; afterDate: boolean }>;
}

/**
 * statusReports(): every report of one cell, newest first, each marked in force (the one the
 * matrix shows on `asOf`) or after the date. One statement; reports hold no personal data.
 */
export async function readCellReports(
  db: QueryRunner,
  q: QueryCatalog,
  args: { organisationId: string; elementId: string; asOf: string },
): Promise<CellReports> {
  const asOf = checkDate('asOf', args.asOf);
  const rows = await db.run<ReportRow>(q.statusCellReports, { organisationId: args.organisationId, elementId: args.elementId });
  const sorted = [...rows].sort((a, b) => (laterReport(a, b) ? -1 : laterReport(b, a) ? 1 : 0));
  const inForce = sorted.find((r) => r.asOf <= asOf)?.id ?? null;
  return {
    organisationId: args.organisationId,
    elementId: args.elementId,
    asOf,
    reports: sorted.map((r) => {
      const { id, createdAt, ...props } = r;
      return {
        ...toReport({ id, from: args.organisationId, to: args.elementId, props: { ...props, createdAt } }),
        inForce: id === inForce,
        afterDate: r.asOf > asOf,
      };
    }),
  };
}
