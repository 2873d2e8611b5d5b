import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput } from '../../errors.js';
import { NODE_LABELS, type NodeLabel, type RelationshipType } from '../../domain/vocabulary.js';
import { readHistory } from '../core/audit.js';
import { createNode, deleteNode, updateNode } from './node-editor.js';
import { createLink, deleteLink, updateLink } from './link-editor.js';
import { restoreVersion } from './restore.js';
import { LINK_MUTATIONS } from '../core/editing-sdl.js';

// The typed inputs (core/editing-sdl.ts) arrive as plain objects; the editors validate them with the
// domain rules. GraphQL has already made `id` an ID and `version` an Int (both non-null).
type Args = Record<string, unknown>;

/** Ids of the entities whose audit trail only administrators read: accounts and sign-in locks. */
const ADMIN_HISTORY = /^(user|sign-in-lock):/;
type Resolver = (parent: unknown, args: Args, ctx: RequestContext) => unknown;

/** create<Label>, update<Label>, delete<Label> for every label: one code path, one audit trail. */
const nodeMutations: Record<string, Resolver> = Object.fromEntries(
  NODE_LABELS.flatMap(
    (label: NodeLabel): Array<[string, Resolver]> => [
      [`create${label}`, (_p, a, ctx) => createNode(ctx, label, a.properties)],
      [`update${label}`, (_p, a, ctx) => updateNode(ctx, label, String(a.id), Number(a.version), a.properties)],
      [`delete${label}`, (_p, a, ctx) => deleteNode(ctx, label, String(a.id), Number(a.version))],
    ],
  ),
);

/** linkMember, linkFixedContact, …, setStatus: the generated SDL's list, so the two cannot drift. */
const linkMutations: Record<string, Resolver> = Object.fromEntries(
  LINK_MUTATIONS.map((m) => [
    m.field,
    (_p: unknown, a: Record<string, unknown>, ctx: RequestContext) => createLink(ctx, m.type, String(a[m.from]), String(a[m.to]), a.properties),
  ]),
);

export const editingResolvers = {
  Query: {
    history: (_: unknown, a: { entityId: string; first?: number }, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'VIEWER');
      const first = a.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > 500)
        throw badInput({ en: '"first" must be between 1 and 500.', da: '"first" skal være mellem 1 og 500.' }, [
          { field: 'first', message: 'must be between 1 and 500' },
        ]);
      // Accounts and sign-in locks are the administrators' (users is ADMIN only): an outside
      // probe read any account's e-mail, name, role and scope as a VIEWER by asking for the
      // history of an actor id found in a node's history.
      if (ADMIN_HISTORY.test(a.entityId)) requireRole(ctx.viewer, 'ADMIN');
      return readHistory(ctx.db, ctx.queries, a.entityId, first);
    },
  },
  Mutation: {
    ...nodeMutations,
    link: (_: unknown, a: { type: RelationshipType; fromId: string; toId: string; properties?: unknown }, ctx: RequestContext) =>
      createLink(ctx, a.type, a.fromId, a.toId, a.properties),
    ...linkMutations,
    updateLink: (_: unknown, a: { id: string; version: number; properties: unknown }, ctx: RequestContext) => updateLink(ctx, a.id, a.version, a.properties),
    unlink: (_: unknown, a: { id: string; version: number }, ctx: RequestContext) => deleteLink(ctx, a.id, a.version),
    restoreVersion: (_: unknown, a: { changeId: string; version?: number; before?: boolean | null }, ctx: RequestContext) =>
      restoreVersion(ctx, a.changeId, a.version, a.before ?? false),
  },
};
