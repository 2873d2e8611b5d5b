import type { GraphDb, Params } from '../db/graph-db.js';
import { wrappingStatements } from '../db/wrapped-db.js';
import type { CypherQuery } from '../db/query-catalog.js';
import type { Metrics } from './metrics.js';

// Apart from metrics.ts, so the app can wrap the store without loading prom-client (~14 MB of
// RSS, 32 modules) in a server that runs without METRICS.

/** The store with every statement timed by its name; transactions time each statement in them. */
export function timedDb(db: GraphDb, metrics: Metrics): GraphDb {
  return wrappingStatements(db, (runner) => ({
    run: async <T>(query: CypherQuery, params?: Params) => {
      const started = performance.now();
      let ok = false;
      try {
        const rows = await runner.run<T>(query, params);
        ok = true;
        return rows;
      } finally {
        metrics.statement(query.name, (performance.now() - started) / 1000, ok);
      }
    },
  }));
}
