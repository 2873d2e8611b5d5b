import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { internal, newError, error as driverErrors, Record as DriverRecord, type ManagedTransaction } from 'neo4j-driver-core';
import { Neo4jGraphDb, type SessionLike } from '../../api/src/db/neo4j.js';
import { DbError } from '../../api/src/db/db-error.js';
import type { CypherQuery } from '../../api/src/db/query-catalog.js';

/**
 * The Neo4j adapter without a server: its sessions are fakes whose managed transactions run on
 * the driver's own TransactionExecutor (the code that decides what the driver retries), and
 * whose statements answer from a script. The same cases run against a live Neo4j in
 * tests/engine/neo4j-adapter-live.test.ts.
 */
const query = (name: string): CypherQuery => ({ name, text: `RETURN 1 /* ${name} */`, params: [], file: '' });
const schema = query('schema');

type Answer = { rows: Array<Record<string, unknown>> } | { error: Error };

/** A session whose transactions answer statements from `script`, one answer per statement run. */
function scriptedSessions(script: Answer[]) {
  const log = { transactions: 0, statements: 0, commits: 0, rollbacks: 0, sessionsClosed: 0 };
  const executor = new internal.transactionExecutor.TransactionExecutor(300, 1, 1.2, 0);
  const beginTransaction = () => {
    log.transactions++;
    let open = true;
    const tx = {
      run: async (_text: string, params: Record<string, unknown>) => {
        log.statements++;
        const answer = script.shift() ?? { rows: [{ params }] };
        if ('error' in answer) throw answer.error;
        return { records: answer.rows.map((row) => new DriverRecord(Object.keys(row), Object.values(row))) };
      },
      isOpen: () => open,
      commit: async () => {
        open = false;
        log.commits++;
      },
      rollback: async () => {
        open = false;
        log.rollbacks++;
      },
    };
    return Promise.resolve(tx);
  };
  const run = <T>(work: (tx: ManagedTransaction) => Promise<T>) => executor.execute(beginTransaction as never, work as never) as Promise<T>;
  const session: SessionLike = {
    executeRead: run,
    executeWrite: run,
    // Never reached: these fakes' statements carry no summary, so none is known to only read.
    run: () => Promise.reject(new Error('no auto-commit statements in these fakes')),
    close: async () => void log.sessionsClosed++,
  };
  return { db: new Neo4jGraphDb(() => session, schema), log };
}

const deadlock = () => newError('deadlock detected', 'Neo.TransientError.Transaction.DeadlockDetected');
const unavailable = () => newError('connection refused', driverErrors.SERVICE_UNAVAILABLE);

describe('the Neo4j adapter (driver transaction executor, no server)', () => {
  it('returns rows with driver values made plain', async () => {
    const { db } = scriptedSessions([{ rows: [{ n: 1 }] }]);
    expect(await db.run(query('q'))).toEqual([{ n: 1 }]);
  });

  it('hands a coded error thrown inside a transaction to the caller unchanged, once, and rolls back', async () => {
    const { db, log } = scriptedSessions([]);
    const notFound = new GraphQLError('No organisation with id "x".', { extensions: { code: 'NOT_FOUND' } });
    const thrown = await db
      .write(async (tx) => {
        await tx.run(query('read-first'));
        throw notFound;
      })
      .catch((e: unknown) => e);
    expect(thrown).toBe(notFound);
    expect(log).toMatchObject({ transactions: 1, rollbacks: 1, commits: 0, sessionsClosed: 1 });
  });

  it('lets the driver retry a deadlock and a transient error, then commits', async () => {
    const { db, log } = scriptedSessions([
      { error: deadlock() },
      { error: newError('busy', 'Neo.TransientError.General.DatabaseUnavailable') },
      { rows: [{ ok: true }] },
    ]);
    expect(await db.write((tx) => tx.run(query('update-node')))).toEqual([{ ok: true }]);
    expect(log).toMatchObject({ transactions: 3, commits: 1, rollbacks: 2 });
  });

  it('answers CONFLICT, naming the statement, when the driver gives up on a deadlock', async () => {
    const script: Answer[] = Array.from({ length: 200 }, () => ({ error: deadlock() }));
    const { db, log } = scriptedSessions(script);
    const thrown = (await db.write((tx) => tx.run(query('edit/update-node'))).catch((e: unknown) => e)) as DbError;
    expect(thrown).toBeInstanceOf(DbError);
    expect(thrown.kind).toBe('CONFLICT');
    expect(thrown.query).toBe('edit/update-node');
    expect(log.transactions).toBeGreaterThan(1);
  });

  it('answers UNAVAILABLE, not CONFLICT, when the database cannot be reached', async () => {
    const { db } = scriptedSessions(Array.from({ length: 200 }, () => ({ error: unavailable() })));
    const thrown = (await db.read((tx) => tx.run(query('q'))).catch((e: unknown) => e)) as DbError;
    expect(thrown.kind).toBe('UNAVAILABLE');
    const expired = scriptedSessions(Array.from({ length: 200 }, () => ({ error: newError('expired', driverErrors.SESSION_EXPIRED) })));
    expect(((await expired.db.run(query('q')).catch((e: unknown) => e)) as DbError).kind).toBe('UNAVAILABLE');
  });

  it('answers CONSTRAINT for a uniqueness violation and QUERY for a syntax error, without retrying', async () => {
    const constraint = scriptedSessions([{ error: newError('exists', 'Neo.ClientError.Schema.ConstraintValidationFailed') }]);
    expect(((await constraint.db.run(query('create')).catch((e: unknown) => e)) as DbError).kind).toBe('CONSTRAINT');
    expect(constraint.log.transactions).toBe(1);
    const syntax = scriptedSessions([{ error: newError('bad', 'Neo.ClientError.Statement.SyntaxError') }]);
    const thrown = (await syntax.db.run(query('broken')).catch((e: unknown) => e)) as DbError;
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.message).toContain('broken');
    expect(syntax.log.transactions).toBe(1);
  });

  it('refuses an undefined parameter, at any depth, before anything is sent', async () => {
    const { db, log } = scriptedSessions([]);
    const thrown = (await db.run(query('q'), { id: 'x', props: { name: undefined } }).catch((e: unknown) => e)) as DbError;
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.message).toContain('$props.name');
    expect(log.statements).toBe(0);
  });

  it('sends whole numbers as Integers and reads them back as numbers', async () => {
    const { db } = scriptedSessions([]);
    const [row] = await db.run<{ params: Record<string, unknown> }>(query('echo'), { limit: 10, ratio: 0.5 });
    expect(row!.params).toEqual({ limit: 10, ratio: 0.5 });
  });

  it('answers UNAVAILABLE once closed', async () => {
    const { db } = scriptedSessions([]);
    await db.close();
    expect(((await db.run(query('q')).catch((e: unknown) => e)) as DbError).kind).toBe('UNAVAILABLE');
  });
});
