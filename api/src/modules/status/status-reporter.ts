import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import type { QueryRunner } from '../../db/graph-db.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, coded, notFound } from '../../errors.js';
import { validateRelationship } from '../../domain/records.js';
import { recordChange, type ChangeEvent } from '../core/audit.js';
import { assertInScope } from '../core/edit-scope.js';
import { assertNotAfterToday } from '../core/dates.js';
import { STATUS_DA } from '../core/wording.js';

/**
 * reportStatus(): a signed-in editor adds a NEW dated status report for one cell of the matrix
 * (a municipality on one element of an agreement). A report is its own record, a STATUS
 * relationship with its own id; the matrix on a date shows the latest report on or before it,
 * and no report is ever changed by reporting again, so the history stays readable.
 *
 * Repeats: a report carries an id. The client sends one per form it opens (`reportId`), so the
 * same request sent twice (a double click, a retry after a lost answer) lands once and answers
 * the report already stored; the same id with other content is a CONFLICT. Without `reportId`
 * every request is a new report. Two editors reporting at once both land, as two reports; on the
 * same asOf the one recorded last is in force.
 */

export interface StatusReportInput {
  organisationId: string;
  elementId: string;
  level: string;
  asOf: string;
  note?: string | null;
  source?: string | null;
  reportId?: string | null;
}

export interface StatusReport {
  id: string;
  organisationId: string;
  elementId: string;
  level: string;
  colour: string;
  asOf: string;
  note: string | null;
  source: string | null;
  inferred: boolean;
  recordedAt: string | null;
}

interface StoredReport {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  created: boolean;
}

const REPORT_ID = /^rel:status:[a-z0-9][a-z0-9._:-]{7,100}$/;

export function toReport(row: { id: string; from: string; to: string; props: Record<string, unknown> }): StatusReport {
  const p = row.props;
  const level = String(p.level);
  return {
    id: row.id,
    organisationId: row.from,
    elementId: row.to,
    level,
    colour: STATUS_DA[level]?.colour ?? level,
    asOf: String(p.asOf),
    note: (p.note as string | undefined) ?? null,
    source: (p.source as string | undefined) ?? null,
    inferred: p.inferred === true,
    recordedAt: (p.createdAt as string | undefined) ?? null,
  };
}

/** The checked fields of a report, or BAD_USER_INPUT naming each bad one. Nothing is written. */
function checkedProps(input: StatusReportInput, id: string): Record<string, unknown> {
  const fields: Record<string, unknown> = { id, from: input.organisationId, to: input.elementId, level: input.level, asOf: input.asOf };
  if (input.note != null && input.note.trim() !== '') fields.note = input.note;
  if (input.source != null && input.source.trim() !== '') fields.source = input.source;
  const result = validateRelationship('STATUS', fields);
  if (!result.ok) {
    const issues = result.issues.filter((i) => !['id', 'from', 'to'].includes(i.field));
    throw badInput(
      {
        en: `The status report cannot be saved: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
        da: 'Statusmeldingen kan ikke gemmes: ret de markerede felter.',
      },
      issues,
    );
  }
  const { id: _i, from: _f, to: _t, ...props } = result.value as Record<string, unknown>;
  assertNotAfterToday(props.asOf as string, 'asOf');
  return props;
}

/** The same id with the same content is the same report; anything else is someone else's. */
function sameReport(stored: { from: string; to: string; props: Record<string, unknown> }, input: StatusReportInput, props: Record<string, unknown>): boolean {
  return (
    stored.from === input.organisationId &&
    stored.to === input.elementId &&
    ['level', 'asOf', 'note', 'source'].every((k) => (stored.props[k] ?? null) === (props[k] ?? null))
  );
}

async function assertTarget(tx: QueryRunner, ctx: RequestContext, input: StatusReportInput): Promise<void> {
  const [t] = await tx.run<{ organisationId: string | null; organisationKind: string | null; elementId: string | null; agreements: string[] }>(
    ctx.queries.statusReportTarget,
    { organisationId: input.organisationId, elementId: input.elementId },
  );
  if (!t?.organisationId) throw notFound('organisation', input.organisationId);
  if (!t.elementId) throw notFound('element', input.elementId);
  if (t.organisationKind !== 'MUNICIPALITY') {
    throw badInput({ en: 'Statuses are reported by a municipality.', da: 'Status meldes for en kommune.' }, [
      { field: 'organisationId', message: `must be a municipality, not ${t.organisationKind}`, da: 'skal være en kommune' },
    ]);
  }
  if (!t.agreements.length) {
    throw badInput({ en: 'The element belongs to no agreement.', da: 'Elementet hører ikke til en aftale.' }, [
      { field: 'elementId', message: 'belongs to no agreement', da: 'hører ikke til en aftale' },
    ]);
  }
}

export async function reportStatus(
  ctx: RequestContext,
  input: StatusReportInput,
): Promise<{ report: StatusReport; created: boolean; change: ChangeEvent | null }> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  if (input.reportId != null && !REPORT_ID.test(input.reportId)) {
    throw badInput({ en: 'reportId must be "rel:status:" and 8–100 characters of a–z, 0–9, ".", "_", ":" or "-".', da: 'Meldingens id er ugyldigt.' }, [
      {
        field: 'reportId',
        message: 'must be rel:status:<8–100 of a–z 0–9 . _ : ->',
        da: 'skal være rel:status: og 8–100 tegn af a–z, 0–9, ".", "_", ":" eller "-"',
      },
    ]);
  }
  const id = input.reportId ?? `rel:status:${randomUUID()}`;
  const props = checkedProps(input, id);
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    await assertTarget(tx, ctx, input);
    await assertInScope(tx, ctx.queries, viewer, [input.organisationId], 'all');
    const [existing] = await tx.run<StoredReport>(ctx.queries.relationshipState, { id });
    if (existing) return replay(existing, input, props);
    const [row] = await tx.run<StoredReport>(ctx.queries.statusReport, { id, organisationId: input.organisationId, elementId: input.elementId, props, now });
    // Another request with this id committed first (Neo4j's MERGE found it after taking its lock).
    if (!row!.created) return replay(row!, input, props);
    const { created: _c, ...state } = row!;
    const change = await recordChange(tx, ctx.queries, {
      at: now,
      actor: viewer.id,
      operation: 'LINK',
      entityId: id,
      entityLabel: 'STATUS',
      before: null,
      after: state,
    });
    return { report: toReport(row!), created: true, change };
  });
}

function replay(stored: StoredReport, input: StatusReportInput, props: Record<string, unknown>) {
  if (stored.type !== 'STATUS' || !sameReport(stored, input, props)) {
    throw coded(
      'CONFLICT',
      { en: 'A report with this id exists with other content.', da: 'Denne statusmelding er allerede gemt med et andet indhold.' },
      {
        current: stored.type === 'STATUS' ? toReport(stored) : null,
      },
    );
  }
  return { report: toReport(stored), created: false, change: null };
}
