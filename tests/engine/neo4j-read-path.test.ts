import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { error as driverErrors, newError } from 'neo4j-driver-core';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../api/src/db/db-error.js';
import { Neo4jGraphDb, type OpenSession } from '../../api/src/db/neo4j.js';
import { leasedDriver, probeStatement } from '../support/neo4j-driver.js';
import { testEngine } from '../support/test-db.js';

/**
 * The adapter's path for one statement that only reads (api/src/db/neo4j.ts, run()): after its
 * first run Neo4j has said it only reads, and it runs as one auto-commit statement in a READ
 * session (no BEGIN and COMMIT round trips). Real driver sessions on a real Neo4j, each call
 * written down, so the tests see which path a statement took. Neo4j only.
 */
const statement = probeStatement;
const countProbes = statement('probe/count', 'MATCH (p:ReadPathProbe) RETURN count(p) AS probes');
const addProbe = statement('probe/add', 'CREATE (p:ReadPathProbe {at: $at}) RETURN p.at AS at');

describe.skipIf(testEngine !== 'neo4j')('one read-only statement on Neo4j: auto-commit in a READ session', () => {
  const driver = leasedDriver();

  /**
   * An adapter whose sessions are the driver's, with every call written down ("READ run",
   * "WRITE executeWrite"). `misreport` makes the managed write's summary call the statement
   * read-only; `failRuns` makes that many auto-commit statements fail with a lost connection.
   */
  function adapter(options: { misreport?: boolean; failRuns?: number } = {}) {
    const calls: string[] = [];
    let failRuns = options.failRuns ?? 0;
    const open: OpenSession = (mode) => {
      const session = driver().session({ defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
      return {
        executeRead: (work) => {
          calls.push(`${mode} executeRead`);
          return session.executeRead(work);
        },
        executeWrite: (work) => {
          calls.push(`${mode} executeWrite`);
          return session.executeWrite((tx) => work(options.misreport ? misreporting(tx) : tx));
        },
        run: (text, params) => {
          calls.push(`${mode} run`);
          if (failRuns > 0) {
            failRuns--;
            return Promise.reject(newError('connection lost', driverErrors.SERVICE_UNAVAILABLE));
          }
          return session.run(text, params);
        },
        close: () => session.close(),
      };
    };
    return { db: new Neo4jGraphDb(open, statement('schema', 'RETURN 1')), calls };
  }

  /** A transaction whose results claim to come from a read-only statement, whatever it did. */
  function misreporting(tx: ManagedTransaction): ManagedTransaction {
    return {
      run: async (text: string, params: Record<string, unknown>) => {
        const result = await tx.run(text, params);
        return { ...result, records: result.records, summary: { ...result.summary, queryType: 'r' } };
      },
    } as unknown as ManagedTransaction;
  }

  const probes = async () => {
    const session = driver().session();
    try {
      return (await session.run('MATCH (p:ReadPathProbe) RETURN count(p) AS n')).records[0]!.get('n').toNumber() as number;
    } finally {
      await session.close();
    }
  };
  const clear = async () => {
    const session = driver().session();
    await session.run('MATCH (p:ReadPathProbe) DELETE p');
    await session.close();
  };

  it('runs a read-only statement in a managed write transaction once, then as an auto-commit statement in a READ session, with the same rows', async () => {
    await clear();
    const { db, calls } = adapter();
    const answers = [await db.run(countProbes), await db.run(countProbes), await db.run(countProbes)];
    expect(answers).toEqual([[{ probes: 0 }], [{ probes: 0 }], [{ probes: 0 }]]);
    expect(calls).toEqual(['WRITE executeWrite', 'READ run', 'READ run']);
  });

  it('keeps a statement that writes in managed write transactions', async () => {
    await clear();
    const { db, calls } = adapter();
    for (const at of [1, 2, 3]) expect(await db.run(addProbe, { at })).toEqual([{ at }]);
    expect(calls).toEqual(['WRITE executeWrite', 'WRITE executeWrite', 'WRITE executeWrite']);
    expect(await probes()).toBe(3);
  });

  it('cannot write through the read path: a writing statement taken for a read is refused with a coded error and writes nothing', async () => {
    await clear();
    const { db, calls } = adapter({ misreport: true });
    await db.run(addProbe, { at: 1 }); // managed write; the summary (misreported) calls it read-only
    const thrown = (await db.run(addProbe, { at: 2 }).catch((e: unknown) => e)) as DbError;
    expect(calls).toEqual(['WRITE executeWrite', 'READ run']);
    expect(thrown).toBeInstanceOf(DbError);
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.query).toBe('probe/add');
    expect(thrown.message).toMatch(/read access mode/i);
    expect(await probes()).toBe(1);
  });

  it('sends an auto-commit statement that lost its connection once more as a managed read, which the driver retries', async () => {
    await clear();
    const { db, calls } = adapter({ failRuns: 1 });
    await db.run(countProbes);
    expect(await db.run(countProbes)).toEqual([{ probes: 0 }]);
    expect(calls).toEqual(['WRITE executeWrite', 'READ run', 'READ executeRead']);
    expect(await db.run(countProbes)).toEqual([{ probes: 0 }]);
    expect(calls.at(-1)).toBe('READ run');
  });

  it('answers a statement error on the read path as on the managed path: coded, named, not sent again', async () => {
    const { db, calls } = adapter();
    const divide = statement('probe/divide', 'UNWIND $divisors AS d RETURN 1 / d AS q');
    expect(await db.run(divide, { divisors: [1] })).toEqual([{ q: 1 }]);
    const thrown = (await db.run(divide, { divisors: [0] }).catch((e: unknown) => e)) as DbError;
    expect(thrown).toBeInstanceOf(DbError);
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.query).toBe('probe/divide');
    expect(calls).toEqual(['WRITE executeWrite', 'READ run']);
  });

  it('refreshes the plans (resample, statistics, plan cache) in read transactions only', async () => {
    const { db, calls } = adapter();
    expect(await db.refreshPlans()).toEqual({ warnings: [] });
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(new Set(calls)).toEqual(new Set(['READ executeRead']));
  });
});
