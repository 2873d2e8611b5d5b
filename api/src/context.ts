import type { GraphDb, QueryRunner } from './db/graph-db.js';
import type { QueryCatalog } from './db/queries.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What lives for the whole process. */
export interface AppServices {
  db: GraphDb;
  queries: QueryCatalog;
}

/** What every resolver receives; built fresh for each request. */
export interface RequestContext extends AppServices {
  /** Counts every statement this request sends to the engine. */
  roundTrips: { count: number };
  loaders: Loaders;
}

export function createRequestContext(services: AppServices): RequestContext {
  const roundTrips = { count: 0 };
  const db = countingDb(services.db, roundTrips);
  return { ...services, db, roundTrips, loaders: createLoaders(db, services.queries) };
}

/** Wraps the engine so each statement, in or out of a transaction, is counted. */
function countingDb(db: GraphDb, counter: { count: number }): GraphDb {
  const count = (runner: QueryRunner): QueryRunner => ({
    run: (query, params) => {
      counter.count++;
      return runner.run(query, params);
    },
  });
  return {
    engine: db.engine,
    run: count(db).run,
    read: (work) => db.read((tx) => work(count(tx))),
    write: (work) => db.write((tx) => work(count(tx))),
    ping: () => db.ping(),
    applySchema: () => db.applySchema(),
    close: () => db.close(),
  };
}
