import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, coded, notFound } from '../../errors.js';
import { validateNode } from '../../domain/records.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../domain/vocabulary.js';
import { readChange, readHistory, recordChange } from '../core/audit.js';
import { editableProps } from '../core/editable-props.js';
import { noteStateGiven } from '../core/access-notes.js';
import { readNodeState, SAME_NODE, thingOf, type NodeEdit, type NodeState } from './node-editor.js';
import { refuseTwin } from './twins.js';
import type { QueryRunner } from '../../db/graph-db.js';
import { assertInScope } from '../core/edit-scope.js';
import { writeSearchKeys } from '../core/search-keys.js';
import { keepSeveralWorkplaces, workersOf } from '../core/gap-finder/several-workplaces.js';

/**
 * Brings a node back to the state an audit entry recorded: the state after a create or
 * update, or the state before a delete. A deleted node comes back with the relationships it
 * had when it was deleted whose other end still exists. The restore is a write like any other:
 * versioned, audited.
 */
export async function restoreVersion(ctx: RequestContext, changeId: string, version: number | null | undefined, useBefore = false): Promise<NodeEdit> {
  const viewer = requireRole(ctx.viewer, 'EDITOR');
  const change = await readChange(ctx.db, ctx.queries, changeId);
  if (!change) throw notFound('change', changeId);
  if (!(NODE_LABELS as readonly string[]).includes(change.entityLabel)) {
    throw badInput(
      { en: 'Only nodes can be restored; re-link a relationship instead.', da: 'Kun punkter kan gendannes; forbind en forbindelse igen i stedet.' },
      [{ field: 'changeId', message: 'is a relationship change' }],
    );
  }
  const label = change.entityLabel as NodeLabel;
  if (useBefore && !change.before) {
    throw badInput({ en: 'The change created the entity; there is no state before it.', da: 'Ændringen oprettede den; der er ingen tilstand før den.' }, [
      { field: 'before', message: 'the change has no state before it' },
    ]);
  }
  const target = (useBefore ? change.before : (change.after ?? change.before)) as NodeState;
  const props = editableProps(target.props);
  const check = validateNode(label, props);
  if (!check.ok)
    throw badInput({ en: 'The recorded state no longer passes validation.', da: 'Den gemte tilstand overholder ikke længere reglerne.' }, check.issues);
  const { id: _id, ...values } = check.value as Record<string, unknown>;
  const now = new Date().toISOString();

  // Brought back, the node must not be the exact twin of one made since (twins.ts); asked once
  // the editor is known to be allowed, as an update asks it.
  const refuseTwinOf = (tx: QueryRunner) => refuseTwin(tx, ctx.queries.twinNodes[label], { name: values.name }, values, SAME_NODE[label], change.entityId);

  return ctx.db.write(async (tx) => {
    const current = await readNodeState(tx, ctx, change.entityId);
    let row: NodeState['props'];
    if (current) {
      await assertInScope(tx, ctx.queries, viewer, [change.entityId], 'all', current.relationships.length === 0);
      if (current.props.version !== version) throw versionConflict(label, current.props);
      await refuseTwinOf(tx);
      const [replaced] = await tx.run<{ props: NodeState['props'] }>(ctx.queries.replaceNode, { id: change.entityId, version, props: values, now });
      // Another writer committed between the check and the statement (Neo4j reads at READ
      // COMMITTED; the statement took the lock first): answer with the state that won.
      if (!replaced) {
        const won = await readNodeState(tx, ctx, change.entityId);
        throw won ? versionConflict(label, won.props) : notFound(thingOf(label), change.entityId);
      }
      row = replaced.props;
    } else {
      // A deleted node is gone from the scope query; where it stood when it was deleted says
      // whose it is, and re-creating those links is linking: one other end inside the scope is
      // enough. Not the chosen change's links: an outside probe restored a unit from an old
      // change whose links placed a unit an administrator had since moved away back under it
      // (into the editor's scope), and restored any deleted node through its create (no links:
      // "new", anyone's) to link it into their own scope.
      const deleted = await stateWhenDeleted(ctx, tx, change.entityId);
      const placed = deleted?.relationships ?? target.relationships;
      const others = [...new Set(placed.flatMap((r) => [r.from, r.to]))].filter((id) => id !== change.entityId);
      await assertInScope(tx, ctx.queries, viewer, others, 'any');
      await refuseTwinOf(tx);
      [{ props: row }] = (await tx.run<{ props: NodeState['props'] }>(ctx.queries.createNode[label], {
        id: change.entityId,
        props: values,
        now,
        version: deleted ? Number(deleted.props.version ?? 0) + 1 : null,
      })) as [{ props: NodeState['props'] }];
      await relinkDeleted(ctx, tx, { ...target, relationships: placed });
      // Its WORKS_IN links are back: their people are marked anew (core/gap-finder/several-workplaces.ts).
      await keepSeveralWorkplaces(tx, ctx.queries, workersOf(placed));
    }
    await writeSearchKeys(tx, ctx.queries, [{ id: change.entityId, label, props: row }]);
    const after = await readNodeState(tx, ctx, change.entityId);
    const event = await recordChange(tx, ctx.queries, {
      at: now,
      actor: viewer.id,
      operation: 'RESTORE',
      entityId: change.entityId,
      entityLabel: label,
      before: current,
      after,
    });
    return { id: change.entityId, label, version: row.version, properties: row, change: event };
  });
}

/** The node's state as its latest deletion recorded it (with its relationships then), if any. */
async function stateWhenDeleted(ctx: RequestContext, tx: QueryRunner, id: string): Promise<NodeState | null> {
  const deletion = (await readHistory(tx, ctx.queries, id, 50)).find((c) => c.entityId === id && c.operation === 'DELETE');
  return (deletion?.before as NodeState | undefined) ?? null;
}

async function relinkDeleted(ctx: RequestContext, tx: Parameters<Parameters<RequestContext['db']['write']>[0]>[0], target: NodeState): Promise<void> {
  const others = [...new Set(target.relationships.flatMap((r) => [r.from, r.to]))];
  const existing = new Set((await tx.run<{ id: string }>(ctx.queries.existingIds, { ids: others })).map((r) => r.id));
  for (const rel of target.relationships) {
    if (!(rel.type in RELATIONSHIP_TYPES)) continue;
    if (!existing.has(rel.from === target.props.id ? rel.to : rel.from)) continue;
    const { id, createdAt: _c, updatedAt: _u, version: _v, ...props } = rel.props;
    await tx.run(ctx.queries.createRelationship[rel.type as RelationshipType], {
      id: id ?? rel.id,
      from: rel.from,
      to: rel.to,
      props,
      now: new Date().toISOString(),
    });
  }
}

function versionConflict(label: NodeLabel, current: NodeState['props']) {
  noteStateGiven(label, current);
  return coded(
    'CONFLICT',
    { en: `The entity is now at version ${current.version}.`, da: `Versionen er nu ${current.version}.` },
    {
      currentVersion: current.version,
      current,
    },
  );
}
