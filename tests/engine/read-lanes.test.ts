import grafeo from '@grafeo-db/js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { openTestDb, testEngine } from '../support/test-db.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * A read with lanes (GraphDb.read's ReadOptions): on the embedded engine its statements run in
 * several transactions of one snapshot, sent together they run at once; on Neo4j they are its
 * one transaction, one after another, as a read without lanes. docs/DESIGN.md, 'Gap reports at
 * national scale'.
 */
let db: GraphDb;

const named = (name: string, text: string) => ({ ...adHocCypher(text), name });
const countMarks = named('test/lanes-count', 'MATCH (m:LaneMark) RETURN count(m) AS marks');
const addMark = named('test/lanes-add', 'CREATE (:LaneMark {at: 1})');
// ~0.3 s on the embedded engine, ~0.1 s on Neo4j: far longer than RETURN 1.
const slow = named('test/lanes-slow', 'UNWIND range(1, 1000000) AS i RETURN count(i) AS n');
const quick = named('test/lanes-quick', 'RETURN 1 AS n');

beforeAll(async () => {
  ({ db } = await openTestDb());
});
afterAll(() => db?.close());

describe('the embedded engine takes a transaction snapshot when it begins', () => {
  // What lanes rest on: transactions begun together see one state, however late their first
  // statement. (If the snapshot were taken at the first statement, lanes would not be one read.)
  it('a write committed after two begins and before their first statements is seen by neither', async () => {
    const engine = grafeo.GrafeoDB.create();
    try {
      await engine.executeCypher('CREATE (:LaneMark)');
      const count = async (tx: Pick<typeof engine, 'executeCypher'>) => (await tx.executeCypher('MATCH (m:LaneMark) RETURN count(m) AS c')).toArray()[0]!.c;
      const a = engine.beginTransaction();
      const b = engine.beginTransaction();
      const writer = engine.beginTransaction();
      await writer.executeCypher('CREATE (:LaneMark)');
      writer.commit();
      expect(await count(a)).toBe(1);
      expect(await count(engine)).toBe(2);
      expect(await count(b)).toBe(1);
      a.rollback();
      b.rollback();
    } finally {
      engine.close();
    }
  });
});

describe(`a read with lanes (${testEngine})`, () => {
  it('answers every statement sent together, each its own rows', async () => {
    const answers = await db.read((tx) => Promise.all([1, 2, 3, 4, 5].map((n) => tx.run<{ n: number }>(named(`test/lanes-${n}`, 'RETURN $n AS n'), { n }))), {
      lanes: 2,
    });
    expect(answers.map((rows) => rows.map((r) => Number(r.n)))).toEqual([[1], [2], [3], [4], [5]]);
  });

  it('runs a quick statement beside a slow one on the embedded engine, after it on Neo4j (one transaction)', async () => {
    // When each answered, from the read's start. The quick one is sent once the slow one runs
    // (a statement's slot goes by its usual time, so sent together the quick one could start
    // first). In one transaction the engine answers the quick one only after the slow one, and
    // may hand both answers back in either order, so their times tell, not their order.
    const slowThenQuick = async (tx: { run: GraphDb['run'] }) => {
      const start = performance.now();
      const at = (q: typeof slow) => tx.run(q).then(() => performance.now() - start);
      const [slowAt, quickAt] = await Promise.all([at(slow), new Promise((r) => setTimeout(r, 30)).then(() => at(quick))]);
      return { slowAt, quickAt };
    };
    const laned = await db.read(slowThenQuick, { lanes: 2 });
    if (testEngine === 'embedded') expect(laned.quickAt).toBeLessThan(laned.slowAt / 2);
    else expect(laned.quickAt).toBeGreaterThan(laned.slowAt * 0.9);
    const oneTransaction = await db.read(slowThenQuick);
    expect(oneTransaction.quickAt).toBeGreaterThan(oneTransaction.slowAt * 0.9);
  });

  it('sees one state across its lanes: a write committed between its statements is seen by none on the embedded engine', async () => {
    const seen = await db.read(
      async (tx) => {
        const before = await tx.run<{ marks: number }>(countMarks);
        await db.write((w) => w.run(addMark));
        const after = await Promise.all([1, 2, 3, 4].map(() => tx.run<{ marks: number }>(countMarks)));
        return [before, ...after].map((rows) => Number(rows[0]!.marks));
      },
      { lanes: 2 },
    );
    const [first, ...later] = seen;
    // Neo4j reads at READ COMMITTED (GraphDb.read): its one transaction sees the write after it.
    expect(later).toEqual(later.map(() => (testEngine === 'embedded' ? first : first! + 1)));
    const [now] = await db.run<{ marks: number }>(countMarks);
    expect(Number(now!.marks)).toBe(first! + 1);
  });

  // Neo4j reads at READ COMMITTED (GraphDb.read), so this holds on the embedded engine only.
  it.skipIf(testEngine !== 'embedded')('reads one state in every lane while others commit writes, in transactions and alone', async () => {
    // Without one snapshot (a statement each outside a read) this sees ~1 in 6 reads disagree.
    let writing = true;
    const writers = [
      (async () => {
        while (writing) await db.write((w) => w.run(addMark));
      })(),
      (async () => {
        while (writing) await db.run(named('test/lanes-add-alone', 'CREATE (:LaneMark {at: 2})'));
      })(),
    ];
    const disagreeing: number[][] = [];
    let reads = 0;
    const until = performance.now() + 1500;
    try {
      await Promise.all(
        [1, 2, 3].map(async () => {
          while (performance.now() < until) {
            const answers = await db.read((tx) => Promise.all([1, 2, 3, 4].map(() => tx.run<{ marks: number }>(countMarks))), { lanes: 2 });
            const counts = answers.map((rows) => Number(rows[0]!.marks));
            reads++;
            if (new Set(counts).size > 1) disagreeing.push(counts);
          }
        }),
      );
    } finally {
      writing = false;
      await Promise.all(writers);
    }
    expect(reads).toBeGreaterThan(50);
    expect(disagreeing).toEqual([]);
  });

  it('passes a failing statement to its asker; the statements before it answer and the read ends', async () => {
    const outcomes = await db.read(
      (tx) => Promise.allSettled([tx.run(slow), tx.run(named('test/lanes-bad', 'RETURN nosuchfunction(1) AS n')), tx.run(quick), tx.run(quick)]),
      { lanes: 2 },
    );
    // Neo4j ends its one transaction at the failure, so the statements after it fail too; the
    // embedded engine's transactions go on.
    const after = testEngine === 'embedded' ? 'fulfilled' : 'rejected';
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', after, after]);
    // The store still answers (no transaction left open under a statement).
    expect(await db.run(quick)).toHaveLength(1);
  });
});
