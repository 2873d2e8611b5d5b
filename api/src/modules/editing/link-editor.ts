import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, coded, invalidFields, notFound } from '../../errors.js';
import { validateRelationship } from '../../domain/records.js';
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../domain/vocabulary.js';
import { recordChange, type ChangeEvent } from '../core/audit.js';
import { assertGrantsNoScope, assertInScope, keepsScope } from '../core/edit-scope.js';
import { assertNotAfterToday } from '../core/dates.js';
import { editableProps } from '../core/editable-props.js';
import { refuseTwin } from './twins.js';
import type { RelationshipState } from './node-editor.js';
import { keepSeveralWorkplaces, workersOf } from '../core/gap-finder/several-workplaces.js';

export interface LinkEdit {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  version: number;
  properties: Record<string, unknown>;
  change: ChangeEvent;
}

function validatedLink(type: RelationshipType, record: Record<string, unknown>): Record<string, unknown> {
  const result = validateRelationship(type, record);
  if (!result.ok) {
    const field = (f: string) => (['from', 'to', 'id'].includes(f) ? f : f === '(record)' ? 'properties' : `properties.${f}`);
    const issues = result.issues.map((i) => ({ ...i, field: field(i.field) }));
    throw invalidFields(issues);
  }
  const { id: _i, from: _f, to: _t, ...props } = result.value as Record<string, unknown>;
  return props;
}

async function assertEndpoints(tx: QueryRunner, ctx: RequestContext, type: RelationshipType, from: string, to: string): Promise<void> {
  const rows = await tx.run<{ id: string; label: NodeLabel }>(ctx.queries.existingIds, { ids: [from, to] });
  const labels = new Map(rows.map((r) => [r.id, r.label]));
  const allowed = RELATIONSHIP_TYPES[type];
  for (const [end, id] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const label = labels.get(id);
    if (!label) throw notFound('node', id);
    if (!(allowed[end] as readonly string[]).includes(label)) {
      throw badInput(
        {
          en: `${type} ${end === 'from' ? 'starts at' : 'ends at'} ${allowed[end].join('/')}, not ${label}.`,
          da: `${type} ${end === 'from' ? 'starter ved' : 'ender ved'} ${allowed[end].join('/')}, ikke ${label}.`,
        },
        [{ field: end === 'from' ? 'fromId' : 'toId', message: `must be ${allowed[end].join(' or ')}, not ${label}` }],
      );
    }
  }
}

/** "The same link", for the CONFLICT that refuses a twin (twins.ts). */
const sameLink = (type: RelationshipType) => ({ en: `The same ${type} link`, da: 'Den samme forbindelse' });

function toEdit(row: RelationshipState, change: ChangeEvent): LinkEdit {
  return {
    id: row.id,
    type: row.type as RelationshipType,
    fromId: row.from,
    toId: row.to,
    version: Number(row.props.version ?? 1),
    properties: row.props,
    change,
  };
}

export async function createLink(ctx: RequestContext, type: RelationshipType, from: string, to: string, properties: unknown): Promise<LinkEdit> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  if (properties !== null && properties !== undefined && (typeof properties !== 'object' || Array.isArray(properties))) {
    throw badInput({ en: '"properties" must be an object of fields.', da: '"properties" skal være et objekt af felter.' }, [
      { field: 'properties', message: 'must be an object' },
    ]);
  }
  const id = `rel:${type.toLowerCase().replace(/_/g, '-')}:${randomUUID()}`;
  const props = validatedLink(type, { ...((properties as Record<string, unknown>) ?? {}), id, from, to });
  // As reportStatus: a report tells what is or was, never what will be (an outside probe set a
  // status as of 2099-12-31 through setStatus, which reportStatus refuses).
  if (type === 'STATUS' && typeof props.asOf === 'string') assertNotAfterToday(props.asOf, 'properties.asOf');
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    await assertEndpoints(tx, ctx, type, from, to);
    await assertInScope(tx, ctx.queries, viewer, [from, to], 'any');
    await assertGrantsNoScope(tx, ctx.queries, viewer, type, from, to);
    await refuseTwin(tx, ctx.queries.twinRelationships[type], { from, to }, props, sameLink(type));
    const [row] = await tx.run<RelationshipState>(ctx.queries.createRelationship[type], { id, from, to, props, now });
    // A second workplace marks the person for the only-bridge rule (core/gap-finder/several-workplaces.ts).
    await keepSeveralWorkplaces(tx, ctx.queries, workersOf([{ type, from }]));
    const change = await recordChange(tx, ctx.queries, {
      at: now,
      actor: viewer.id,
      operation: 'LINK',
      entityId: id,
      entityLabel: type,
      before: null,
      after: row,
    });
    return toEdit(row!, change);
  });
}

async function readLink(tx: QueryRunner, ctx: RequestContext, id: string): Promise<RelationshipState> {
  const [row] = await tx.run<RelationshipState>(ctx.queries.relationshipState, { id });
  if (!row) throw notFound('relationship', id);
  return row;
}

/** A status report is a dated record: a correction is a new report, never an edit or a removal. */
function statusReportKept(done: { en: string; da: string }) {
  return badInput(
    {
      en: `A status report is never ${done.en}: add a new dated report (reportStatus) instead.`,
      da: `En statusmelding ${done.da} ikke: tilføj en ny, dateret melding i stedet (Status-oversigten).`,
    },
    [{ field: 'id', message: 'is a status report', da: 'er en statusmelding' }],
  );
}

function linkConflict(current: RelationshipState) {
  const version = Number(current.props.version ?? 1);
  return coded(
    'CONFLICT',
    { en: `Changed by someone else meanwhile (now version ${version}).`, da: `Nogen har ændret forbindelsen imens (nu version ${version}).` },
    { currentVersion: version, current },
  );
}

/** As in node-editor: another writer committed between the check and the versioned statement. */
async function lostTheRace(tx: QueryRunner, ctx: RequestContext, id: string) {
  const [current] = await tx.run<RelationshipState>(ctx.queries.relationshipState, { id });
  return current ? linkConflict(current) : notFound('relationship', id);
}

export async function updateLink(ctx: RequestContext, id: string, version: number, properties: unknown): Promise<LinkEdit> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw badInput({ en: '"properties" must be an object of fields.', da: '"properties" skal være et objekt af felter.' }, [
      { field: 'properties', message: 'must be an object' },
    ]);
  }
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    const before = await readLink(tx, ctx, id);
    await assertInScope(tx, ctx.queries, viewer, [before.from, before.to], 'any');
    // A status report is a dated record of what a municipality reported: a change is a new
    // report (reportStatus, setStatus), so the matrix's history is never rewritten.
    if (before.type === 'STATUS') throw statusReportKept({ en: 'changed', da: 'ændres' });
    if (Number(before.props.version ?? 1) !== version) throw linkConflict(before);
    const type = before.type as RelationshipType;
    const current = editableProps(before.props);
    const merged = Object.fromEntries(Object.entries({ ...current, ...(properties as object) }).filter(([, v]) => v !== null));
    const next = validatedLink(type, { ...merged, id, from: before.from, to: before.to });
    const props: Record<string, unknown> = { ...next };
    for (const key of Object.keys(current)) if (!(key in next) && key !== 'id') props[key] = null;
    await refuseTwin(tx, ctx.queries.twinRelationships[type], { from: before.from, to: before.to }, next, sameLink(type), id);
    const [row] = await tx.run<RelationshipState>(ctx.queries.updateRelationship, { id, from: before.from, to: before.to, version, props, now });
    if (!row) throw await lostTheRace(tx, ctx, id);
    const change = await recordChange(tx, ctx.queries, {
      at: now,
      actor: viewer.id,
      operation: 'UPDATE_LINK',
      entityId: id,
      entityLabel: type,
      before,
      after: row,
    });
    return toEdit(row, change);
  });
}

export async function deleteLink(ctx: RequestContext, id: string, version: number): Promise<{ id: string; change: ChangeEvent }> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  return ctx.db.write(async (tx) => {
    const before = await readLink(tx, ctx, id);
    await assertInScope(tx, ctx.queries, viewer, [before.from, before.to], 'any');
    // Never rewritten, so never removed by an editor either (an outside probe erased a past
    // report, and the matrix for that day lost the status in force): a correction is a new
    // dated report; an administrator may remove one made in error, audited.
    if (before.type === 'STATUS' && viewer.role !== 'ADMIN') throw statusReportKept({ en: 'removed', da: 'fjernes' });
    if (Number(before.props.version ?? 1) !== version) throw linkConflict(before);
    const stillInScope = await keepsScope(tx, ctx.queries, viewer, before);
    const [row] = await tx.run<{ deleted: number }>(ctx.queries.deleteRelationship, { id, from: before.from, to: before.to, version });
    if (!row?.deleted) throw await lostTheRace(tx, ctx, id);
    await stillInScope();
    await keepSeveralWorkplaces(tx, ctx.queries, workersOf([before]));
    const change = await recordChange(tx, ctx.queries, { actor: viewer.id, operation: 'UNLINK', entityId: id, entityLabel: before.type, before, after: null });
    return { id, change };
  });
}
