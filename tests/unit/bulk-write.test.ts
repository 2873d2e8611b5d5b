import { describe, expect, it } from 'vitest';
import { BULK_WRITE_MIN_ENTITIES, afterBulkWrite } from '../../api/src/db/bulk-write.js';
import { refreshNeo4jPlans } from '../../api/src/db/neo4j-plans.js';
import type { GraphDb, PlanRefresh } from '../../api/src/db/graph-db.js';

/** A GraphDb whose refreshPlans is counted and answers `answer`; nothing else is used. */
function countingDb(answer: PlanRefresh = { warnings: [] }) {
  const calls = { refresh: 0 };
  const db = {
    engine: 'neo4j',
    refreshPlans: async () => {
      calls.refresh++;
      return answer;
    },
  } as unknown as GraphDb;
  return { db, calls };
}

/** Answers each procedure call from `answers` (a function of how often that text was run). */
function scriptedProcedures(answers: (text: string, nth: number) => Array<Record<string, unknown>> | Error) {
  const log: string[] = [];
  const run = async (text: string) => {
    const nth = log.filter((t) => t === text).length;
    log.push(text);
    const answer = answers(text, nth);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { run, log };
}
const counts = (...updates: number[]) => [{ data: { indexes: updates.map((u) => ({ updatesSinceEstimation: u })) } }];

describe('afterBulkWrite', () => {
  it('refreshes the plans from BULK_WRITE_MIN_ENTITIES written on, not below', async () => {
    const { db, calls } = countingDb();
    expect(await afterBulkWrite(db, BULK_WRITE_MIN_ENTITIES - 1)).toBe(false);
    expect(calls.refresh).toBe(0);
    expect(await afterBulkWrite(db, BULK_WRITE_MIN_ENTITIES)).toBe(true);
    expect(calls.refresh).toBe(1);
  });

  it('warns about what the refresh could not do and carries on', async () => {
    const { db } = countingDb({ warnings: ['emptying the plan cache failed: forbidden'] });
    const warned: string[] = [];
    expect(await afterBulkWrite(db, 30_000, (m) => warned.push(m))).toBe(true);
    expect(warned).toEqual([
      expect.stringContaining('30000 nodes and relationships, the neo4j plans are not all fresh: emptying the plan cache failed: forbidden'),
    ]);
  });
});

describe('refreshNeo4jPlans', () => {
  it('resamples, waits until no index has updates since its sample, then empties the plan cache', async () => {
    const { run, log } = scriptedProcedures((text, nth) => (text.includes('GRAPH COUNTS') ? (nth < 2 ? counts(0, 27_178) : counts(0, 0)) : []));
    expect(await refreshNeo4jPlans(run)).toEqual({ warnings: [] });
    expect(log.map((t) => t.match(/db\.[\w.]+/)![0])).toEqual([
      'db.resampleOutdatedIndexes',
      'db.stats.retrieve',
      'db.stats.retrieve',
      'db.stats.retrieve',
      'db.clearQueryCaches',
    ]);
  });

  it('waits a bounded time, then empties the plan cache anyway and says so', async () => {
    const { run, log } = scriptedProcedures((text) => (text.includes('GRAPH COUNTS') ? counts(3) : []));
    const { warnings } = await refreshNeo4jPlans(run, 250);
    expect(warnings).toEqual(['1 index(es) still had updates since their sample after 250 ms']);
    expect(log.at(-1)).toContain('db.clearQueryCaches');
  });

  it('a procedure the user may not call is a warning; the other steps still run', async () => {
    const forbidden = () => new Error('Executing admin procedure is not allowed for user');
    const { run, log } = scriptedProcedures((text) => (text.includes('resample') ? forbidden() : []));
    const { warnings } = await refreshNeo4jPlans(run);
    expect(warnings).toEqual([expect.stringMatching(/^resampling the outdated indexes failed .*not allowed/)]);
    expect(log.at(-1)).toContain('db.clearQueryCaches');

    const noStats = scriptedProcedures((text) => (text.includes('GRAPH COUNTS') || text.includes('clearQueryCaches') ? forbidden() : []));
    expect((await refreshNeo4jPlans(noStats.run)).warnings).toEqual([
      expect.stringMatching(/^reading the index statistics failed/),
      expect.stringMatching(/^emptying the plan cache failed/),
    ]);
  });
});
