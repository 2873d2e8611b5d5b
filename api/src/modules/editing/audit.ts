import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';

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
export async function recordChange(
  tx: QueryRunner,
  q: QueryCatalog,
  change: Omit<ChangeEvent, 'id' | 'at'> & { at?: string },
): Promise<ChangeEvent> {
  const event: ChangeEvent = { id: `change:${randomUUID()}`, at: change.at ?? new Date().toISOString(), ...change };
  await tx.run(q.recordChange, {
    ...event,
    before: event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
  });
  return event;
}

interface StoredChange extends Omit<ChangeEvent, 'before' | 'after'> {
  before: string | null;
  after: string | null;
}

export function parseChange(stored: StoredChange): ChangeEvent {
  return { ...stored, before: stored.before ? JSON.parse(stored.before) : null, after: stored.after ? JSON.parse(stored.after) : null };
}

export async function readHistory(db: QueryRunner, q: QueryCatalog, entityId: string, limit: number): Promise<ChangeEvent[]> {
  const rows = await db.run<{ change: StoredChange }>(q.history, { entityId, limit });
  return rows.map((r) => parseChange(r.change));
}

export async function readChange(db: QueryRunner, q: QueryCatalog, id: string): Promise<ChangeEvent | null> {
  const [row] = await db.run<{ change: StoredChange }>(q.changeById, { id });
  return row ? parseChange(row.change) : null;
}
