import { randomUUID } from 'node:crypto';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';

export interface AccessLogEntry {
  id: string;
  at: string;
  actorId: string;
  actorEmail: string | null;
  kind: 'READ' | 'EXPORT';
  /** READ: the operation; EXPORT: what was exported (format and list). */
  what: string;
  personIds: string[];
  fields: string[];
}

export interface AccessLogFilter {
  personId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

export async function recordRead(
  db: QueryRunner,
  q: QueryCatalog,
  read: { actor: string; operation: string; subjects: string[]; fields: string[] },
): Promise<void> {
  await db.run(q.accessLogRecordRead, {
    id: `change:${randomUUID()}`,
    at: new Date().toISOString(),
    actor: read.actor,
    entityId: `access:${randomUUID()}`,
    after: JSON.stringify({ operation: read.operation, fields: read.fields }),
    subjects: read.subjects,
  });
}

interface StoredEntry {
  id: string;
  at: string;
  actor: string;
  actorEmail: string | null;
  operation: 'READ' | 'EXPORT';
  after: string | null;
  subjects: string[];
}

export async function readAccessLog(db: QueryRunner, q: QueryCatalog, f: AccessLogFilter, limit: number): Promise<AccessLogEntry[]> {
  const rows = await db.run<{ entry: StoredEntry }>(q.accessLogEntries, {
    subject: f.personId ?? null,
    actor: f.actorId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    limit,
  });
  return rows.map(({ entry }) => {
    const after = parseAfter(entry.after);
    const what =
      entry.operation === 'READ'
        ? String(after.operation ?? '')
        : [after.format, after.label ?? (after.nodes !== undefined ? 'graph' : after.what)].filter(Boolean).join(':');
    return {
      id: entry.id,
      at: entry.at,
      actorId: entry.actor,
      actorEmail: entry.actorEmail ?? null,
      kind: entry.operation,
      what,
      personIds: entry.subjects ?? [],
      fields: Array.isArray(after.fields) ? after.fields.map(String) : [],
    };
  });
}

/** Deletes entries older than `days`; returns how many. */
export async function purgeAccessLog(db: QueryRunner, q: QueryCatalog, days: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000).toISOString();
  const [row] = await db.run<{ deleted: number }>(q.accessLogPurge, { before });
  return row?.deleted ?? 0;
}

function parseAfter(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
