import { randomBytes } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { RequestContext } from '../../context.js';
import { DbError } from '../../db/db-error.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, coded, invalidFields, notFound } from '../../errors.js';
import { validateNode, type FieldIssue } from '../../domain/records.js';
import { ID_PREFIXES, type NodeLabel } from '../../domain/vocabulary.js';
import { recordChange, type ChangeEvent } from '../core/audit.js';
import { assertInScope, assertNotScopeRoot } from '../core/edit-scope.js';
import { writeSearchKeys } from '../core/search-keys.js';
import { keepSeveralWorkplaces, workersOf } from '../core/gap-finder/several-workplaces.js';
import { editableProps } from '../core/editable-props.js';
import { noteStateGiven } from '../core/access-notes.js';
import { refuseTwin } from './twins.js';
import { oneAtATime } from '../../db/one-at-a-time.js';

export interface RelationshipState {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface NodeState {
  label: NodeLabel;
  props: Record<string, unknown> & { id: string; version: number };
  relationships: RelationshipState[];
}

export interface NodeEdit {
  id: string;
  label: NodeLabel;
  version: number;
  properties: Record<string, unknown>;
  change: ChangeEvent;
}

export async function readNodeState(tx: QueryRunner, ctx: RequestContext, id: string): Promise<NodeState | null> {
  const [row] = await tx.run<NodeState>(ctx.queries.nodeState, { id });
  return row ?? null;
}

function asObject(properties: unknown): Record<string, unknown> {
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw badInput({ en: '"properties" must be an object of fields.', da: '"properties" skal være et objekt af felter.' }, [
      { field: 'properties', message: 'must be an object' },
    ]);
  }
  return properties as Record<string, unknown>;
}

function prefixed(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((i) => ({ ...i, field: i.field === '(record)' ? 'properties' : `properties.${i.field}` }));
}

/** Validates the whole resulting record, so rules across fields hold after a partial change. */
function validated(label: NodeLabel, record: Record<string, unknown>): Record<string, unknown> {
  const result = validateNode(label, record);
  if (!result.ok) {
    throw invalidFields(prefixed(result.issues));
  }
  return result.value as Record<string, unknown>;
}

function newId(label: NodeLabel, name: unknown): string {
  // A person's id is shown to anonymous visitors, who must not read the name in it.
  if (label === 'Person') return `${ID_PREFIXES.Person}${randomBytes(8).toString('hex')}`;
  // Not String(name): an inline GraphQL object literal has no prototype and would throw; validation names the bad field.
  const slug = (typeof name === 'string' ? name : '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${ID_PREFIXES[label]}${slug || 'ny'}-${randomBytes(3).toString('hex')}`;
}

/** "The same organisation", for the CONFLICT that refuses a twin (twins.ts). */
export const SAME_NODE: Record<NodeLabel, { en: string; da: string }> = {
  Organisation: { en: 'The same organisation', da: 'Den samme organisation' },
  Person: { en: 'The same person', da: 'Den samme person' },
  Group: { en: 'The same group', da: 'Den samme gruppe' },
  Mandate: { en: 'The same mandate', da: 'Det samme mandat' },
  Channel: { en: 'The same channel', da: 'Den samme kanal' },
  Agreement: { en: 'The same agreement', da: 'Den samme aftale' },
  Element: { en: 'The same agreement element', da: 'Det samme aftaleelement' },
  Pathway: { en: 'The same pathway', da: 'Det samme forløb' },
  Step: { en: 'The same step', da: 'Det samme trin' },
};

/** The entity in Danish with its article, for CONFLICT ("Nogen har ændret kanalen imens"). */
const DANISH_NOUNS: Record<NodeLabel, string> = {
  Organisation: 'organisationen',
  Person: 'personen',
  Group: 'gruppen',
  Mandate: 'mandatet',
  Channel: 'kanalen',
  Agreement: 'aftalen',
  Element: 'aftaleelementet',
  Pathway: 'forløbet',
  Step: 'trinnet',
};
export const thingOf = (label: NodeLabel) => label.toLowerCase() as Lowercase<NodeLabel>;

function conflict(label: NodeLabel, current: NodeState['props']) {
  noteStateGiven(label, current);
  return coded(
    'CONFLICT',
    {
      en: `Changed by someone else meanwhile (now version ${current.version}).`,
      da: `Nogen har ændret ${DANISH_NOUNS[label]} imens (nu version ${current.version}).`,
    },
    {
      currentVersion: current.version,
      current,
    },
  );
}

/**
 * The versioned statement found another version than the one checked before it: a writer
 * committed in between (Neo4j reads at READ COMMITTED; the statement took the lock first). The
 * state read now is the committed one, so the client gets what it must merge with.
 */
async function lostTheRace(tx: QueryRunner, ctx: RequestContext, label: NodeLabel, id: string) {
  const current = await readNodeState(tx, ctx, id);
  return current ? conflict(label, current.props) : notFound(thingOf(label), id);
}

export async function createNode(ctx: RequestContext, label: NodeLabel, properties: unknown): Promise<NodeEdit> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  const input = asObject(properties);
  const id = typeof input.id === 'string' ? input.id : newId(label, input.name);
  const { id: _id, ...props } = validated(label, { ...stripNulls(input), id });
  const now = new Date().toISOString();
  try {
    return await oneAtATime(`${label}|${String(props.name)}`, () =>
      ctx.db.write(async (tx) => {
        await refuseTwin(tx, ctx.queries.twinNodes[label], { name: props.name }, props, SAME_NODE[label]);
        const [row] = await tx.run<{ props: NodeState['props'] }>(ctx.queries.createNode[label], { id, props, now, version: null });
        await writeSearchKeys(tx, ctx.queries, [{ id, label, props: row!.props }]);
        const after = { label, props: row!.props, relationships: [] };
        const change = await recordChange(tx, ctx.queries, {
          at: now,
          actor: viewer.id,
          operation: 'CREATE',
          entityId: id,
          entityLabel: label,
          before: null,
          after,
        });
        return { id, label, version: row!.props.version, properties: row!.props, change };
      }),
    );
  } catch (err) {
    if (err instanceof DbError && err.kind === 'CONSTRAINT')
      throw coded('CONFLICT', { en: `The id "${id}" is taken.`, da: `Id "${id}" findes allerede.` }, { id });
    throw err;
  }
}

export async function updateNode(ctx: RequestContext, label: NodeLabel, id: string, version: number, properties: unknown): Promise<NodeEdit> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  const patch = asObject(properties);
  if ('id' in patch && patch.id !== id)
    throw badInput({ en: 'An id cannot be changed.', da: 'Et id kan ikke ændres.' }, [{ field: 'properties.id', message: 'cannot be changed' }]);
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    const before = await readNodeState(tx, ctx, id);
    if (!before || before.label !== label) throw notFound(thingOf(label), id);
    await assertInScope(tx, ctx.queries, viewer, [id], 'all', before.relationships.length === 0);
    if (before.props.version !== version) throw conflict(label, before.props);
    const merged = { ...editableProps(before.props), ...patch };
    const next = validated(label, stripNulls(merged));
    // Removed fields are written as null, which deletes the property.
    const props: Record<string, unknown> = { ...next };
    for (const key of Object.keys(editableProps(before.props))) if (!(key in next)) props[key] = null;
    delete props.id;
    const { id: _same, ...fields } = next;
    await refuseTwin(tx, ctx.queries.twinNodes[label], { name: fields.name }, fields, SAME_NODE[label], id);
    const [row] = await tx.run<{ props: NodeState['props'] }>(ctx.queries.updateNode, { id, version, props, now });
    if (!row) throw await lostTheRace(tx, ctx, label, id);
    await writeSearchKeys(tx, ctx.queries, [{ id, label, props: row.props }]);
    const after = { ...before, props: row.props };
    const change = await recordChange(tx, ctx.queries, { at: now, actor: viewer.id, operation: 'UPDATE', entityId: id, entityLabel: label, before, after });
    return { id, label, version: row.props.version, properties: row.props, change };
  });
}

export async function deleteNode(ctx: RequestContext, label: NodeLabel, id: string, version: number): Promise<{ id: string; change: ChangeEvent }> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  return ctx.db.write(async (tx) => {
    const before = await readNodeState(tx, ctx, id);
    if (!before || before.label !== label) throw notFound(thingOf(label), id);
    await assertInScope(tx, ctx.queries, viewer, [id], 'all', before.relationships.length === 0);
    assertNotScopeRoot(viewer, id);
    if (before.props.version !== version) throw conflict(label, before.props);
    const [row] = await tx.run<{ deleted: number; buckets: string[] }>(ctx.queries.deleteNode, { id, version });
    if (!row?.deleted) throw await lostTheRace(tx, ctx, label, id);
    // The links went with the node: a deleted person's mark of several workplaces goes, and an
    // organisation's workers are marked anew (core/gap-finder/several-workplaces.ts).
    await keepSeveralWorkplaces(tx, ctx.queries, label === 'Person' ? [id] : workersOf(before.relationships));
    // A deleted person leaves their people-list bucket: its size stays the count it steers by
    // (docs/DESIGN.md, "People list buckets and search roles").
    if (row.buckets.length) await tx.run(ctx.queries.personAdjustBuckets, { buckets: row.buckets.map((prefix) => ({ prefix, delta: -1 })) });
    const change = await recordChange(tx, ctx.queries, { actor: viewer.id, operation: 'DELETE', entityId: id, entityLabel: label, before, after: null });
    return { id, change };
  });
}

function stripNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined));
}
