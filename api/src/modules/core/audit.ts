import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { NODE_LABELS } from '../../domain/vocabulary.js';

export type Operation = 'CREATE' | 'UPDATE' | 'DELETE' | 'LINK' | 'UPDATE_LINK' | 'UNLINK' | 'RESTORE' | 'IMPORT' | 'EXPORT' | 'CONFIRM' | 'LOCK' | 'UNLOCK';

export interface ChangeEvent {
  id: string;
  at: string;
  actor: string;
  operation: Operation;
  entityId: string;
  entityLabel: string;
  before: unknown;
  after: unknown;
}

/** Records one write in the same transaction as the write, so neither exists without the other. */
export async function recordChange(tx: QueryRunner, q: QueryCatalog, change: Omit<ChangeEvent, 'id' | 'at'> & { at?: string }): Promise<ChangeEvent> {
  const event: ChangeEvent = { id: `change:${randomUUID()}`, at: change.at ?? new Date().toISOString(), ...change };
  const ends = endsOf(event);
  await tx.run(q.recordChange, {
    ...event,
    fromId: ends?.from ?? null,
    toId: ends?.to ?? null,
    before: event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
  });
  return event;
}

/**
 * The two ends of a relationship's entry (its state before or after names them), so the history
 * of each end shows the edits of its links (#16). Null for a node's entry.
 */
function endsOf(event: ChangeEvent): { from: string; to: string } | null {
  if ((NODE_LABELS as readonly string[]).includes(event.entityLabel)) return null;
  const state = (event.after ?? event.before) as { from?: unknown; to?: unknown } | null;
  return state && typeof state.from === 'string' && typeof state.to === 'string' ? { from: state.from, to: state.to } : null;
}

interface StoredChange extends Omit<ChangeEvent, 'before' | 'after'> {
  before: string | null;
  after: string | null;
  fromId?: string | null;
  toId?: string | null;
}

export function parseChange(stored: StoredChange): ChangeEvent {
  const { fromId: _f, toId: _t, ...rest } = stored;
  return { ...rest, before: stored.before ? JSON.parse(stored.before) : null, after: stored.after ? JSON.parse(stored.after) : null };
}

export async function readHistory(db: QueryRunner, q: QueryCatalog, entityId: string, limit: number): Promise<ChangeEvent[]> {
  const rows = await db.run<{ change: StoredChange }>(q.history, { entityId, limit });
  return rows.map((r) => parseChange(r.change));
}

export async function readChange(db: QueryRunner, q: QueryCatalog, id: string): Promise<ChangeEvent | null> {
  const [row] = await db.run<{ change: StoredChange }>(q.changeById, { id });
  return row ? parseChange(row.change) : null;
}
