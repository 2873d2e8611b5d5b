import type { PlanRefresh } from './graph-db.js';

/**
 * Neo4j's own procedures, not statements of the catalog: they exist on Neo4j only and read or
 * change the server's statistics and plan cache, never the graph.
 */
const RESAMPLE_OUTDATED = 'CALL db.resampleOutdatedIndexes()';
const GRAPH_COUNTS = "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data";
const CLEAR_PLAN_CACHE = 'CALL db.clearQueryCaches()';

/** Runs one procedure call and gives its rows as plain objects (driver values may remain inside). */
export type RunProcedure = (text: string) => Promise<Array<Record<string, unknown>>>;

/**
 * How long the product waits for the samples after an import. The national dataset's indexes
 * are resampled in ~0.7 s; a write that lands meanwhile keeps its index "outdated", so the wait
 * is bounded and the plan cache is emptied either way (the samples then hold all but that write).
 */
export const SAMPLE_WAIT_MS = 10_000;

/**
 * The indexes' statistics brought up to date and the plan cache emptied, after a bulk write.
 *
 * Why (#17, docs/DESIGN.md "Neo4j plans"): an index filled by one transaction keeps the sample it
 * had before (`GRAPH COUNTS`: Entity(id) totalSize 0, updatesSinceEstimation 27,178 after the
 * national import) until the background sampler resamples it, seconds later. A statement planned
 * in between can read `(a:Entity {id: id})` by scanning the whole index once per id instead of a
 * unique seek (connection/neighbours for 9 ids: 245,012 db hits against 419), and Neo4j keeps that
 * plan for the life of the server: it replans when label and relationship counts drift, and a new
 * sample changes neither. So: resample now, wait until no index has updates since its sample
 * (bounded), then empty the plan cache.
 *
 * Never throws: the write has committed, and a user without the privilege for a procedure (or
 * a sample that does not land in time) is a warning for the log. Each step runs even if the one
 * before failed: a fresh plan cache helps even without fresh samples, and the other way round.
 */
export async function refreshNeo4jPlans(run: RunProcedure, waitMs = SAMPLE_WAIT_MS): Promise<PlanRefresh> {
  const warnings: string[] = [];
  const attempt = async (what: string, text: string): Promise<Array<Record<string, unknown>> | null> => {
    try {
      return await run(text);
    } catch (err) {
      warnings.push(`${what} failed (${text}): ${(err as Error).message}`);
      return null;
    }
  };
  if (await attempt('resampling the outdated indexes', RESAMPLE_OUTDATED)) {
    const deadline = performance.now() + waitMs;
    for (;;) {
      const rows = await attempt('reading the index statistics', GRAPH_COUNTS);
      if (!rows) break;
      const outdated = outdatedIndexes(rows[0]?.data);
      if (!outdated) break;
      if (performance.now() >= deadline) {
        warnings.push(`${outdated} index(es) still had updates since their sample after ${waitMs} ms`);
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await attempt('emptying the plan cache', CLEAR_PLAN_CACHE);
  return { warnings };
}

/** How many indexes in `GRAPH COUNTS` data have updates since their last sample. */
function outdatedIndexes(data: unknown): number {
  const indexes = ((data as { indexes?: unknown } | undefined)?.indexes ?? []) as Array<{ updatesSinceEstimation?: unknown }>;
  return indexes.filter((i) => Number(i.updatesSinceEstimation ?? 0) > 0).length;
}
