import type { GraphDb } from '../../api/src/db/graph-db.js';

/**
 * Runs `work` with the names of the statements `db` runs meanwhile, in order (its `run` wrapped
 * for the while and put back after, also when `work` fails). For tests that count or name what
 * an operation sent.
 */
export async function withStatementLog<T>(db: GraphDb, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const store = db as unknown as { run: (q: { name: string }, p?: unknown) => Promise<unknown> };
  const original = store.run;
  store.run = (q, p) => {
    statements.push(q.name);
    return original.call(db, q, p);
  };
  try {
    return { result: await work(), statements };
  } finally {
    store.run = original;
  }
}
