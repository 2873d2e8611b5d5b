import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.js';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, notFound } from '../../errors.js';
import { assertInScope } from '../core/edit-scope.js';
import { recordChange } from '../core/audit.js';
import { ID_PREFIXES, RELATIONSHIP_ID_PREFIX } from '../../domain/vocabulary.js';

export interface Confirmation {
  id: string;
  /** ISO time of the last confirmation; null when never confirmed. */
  confirmedAt: string | null;
  /** The user id of who confirmed. */
  confirmedBy: string | null;
  /** When the entry was made: the age of an entry never confirmed counts from here. */
  createdAt: string | null;
}

/**
 * Confirms a fixed-contact assignment (`rel:…`) or a channel (`channel:…`) as right, now, by
 * the signed-in editor (within their scope, as for any edit of it), in one transaction with
 * its audit entry (operation CONFIRM, entity label Confirmation: the history shows it, and
 * it is not a state to restore). The entry's version is not bumped: confirming changes
 * nothing an editor working on it at the same time would lose.
 */
export async function confirmEntry(ctx: RequestContext, id: string): Promise<Confirmation> {
  const editor = requireRole(ctx.viewer, 'EDITOR');
  const kind = id.startsWith(ID_PREFIXES.Channel) ? 'channel' : id.startsWith(RELATIONSHIP_ID_PREFIX) ? 'assignment' : null;
  if (!kind)
    throw badInput(
      { en: 'Only a fixed-contact assignment or a channel can be confirmed.', da: 'Kun en fast-kontakt-tildeling eller en kanal kan bekræftes.' },
      [{ field: 'id', message: 'is not a fixed-contact assignment or a channel' }],
    );
  const now = new Date().toISOString();
  return ctx.db.write(async (tx) => {
    const params = { id, now, actor: editor.id };
    const [row] = await tx.run<{ id: string; personId?: string; forId?: string; previousAt: string | null; previousBy: string | null }>(
      kind === 'channel' ? ctx.queries.confirmChannel : ctx.queries.confirmContact,
      params,
    );
    if (!row) throw notFound(kind === 'channel' ? 'channel' : 'fixed-contact assignment', id);
    if (kind === 'channel') await assertInScope(tx, ctx.queries, editor, [id], 'all');
    else await assertInScope(tx, ctx.queries, editor, [row.personId!, row.forId!], 'any');
    await recordChange(tx, ctx.queries, {
      at: now,
      actor: editor.id,
      operation: 'CONFIRM',
      entityId: id,
      entityLabel: 'Confirmation',
      before: { confirmedAt: row.previousAt ?? null, confirmedBy: row.previousBy ?? null },
      after: { confirmedAt: now, confirmedBy: editor.id },
    });
    return { id, confirmedAt: now, confirmedBy: editor.id, createdAt: null };
  });
}

/** The confirmations of many entries in one statement. */
export async function readConfirmations(db: QueryRunner, q: QueryCatalog, ids: readonly string[]): Promise<Map<string, Confirmation>> {
  const channelIds = ids.filter((id) => id.startsWith(ID_PREFIXES.Channel));
  const assignmentIds = ids.filter((id) => !id.startsWith(ID_PREFIXES.Channel));
  const [row] = await db.run<{ entries: Confirmation[] }>(q.confirmations, { assignmentIds, channelIds });
  return new Map(
    (row?.entries ?? []).map((e) => [
      e.id,
      { id: e.id, confirmedAt: e.confirmedAt ?? null, confirmedBy: e.confirmedBy ?? null, createdAt: e.createdAt ?? null },
    ]),
  );
}

const loaders = new WeakMap<object, DataLoader<string, Confirmation | null>>();

/** Per request, so a page of cards and their channels costs one statement. */
export function confirmationOf(ctx: RequestContext, id: string): Promise<Confirmation | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await readConfirmations(ctx.db, ctx.queries, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader.load(id);
}

/** Whole days from `since` to `now`. */
export function ageInDays(since: string | null, now: Date = new Date()): number | null {
  if (!since) return null;
  const t = Date.parse(since);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}
