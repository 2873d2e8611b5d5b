import type { GraphDb, QueryRunner } from './graph-db.js';

/**
 * Wrappers of the store (statement counting per request, statement timing, the response cache's
 * epoch) change one or two of its methods and pass the rest on. They start from this, so a method
 * added to the port (refreshPlans was one) reaches every wrapper without each restating it.
 */
export function passingOn(db: GraphDb): GraphDb {
  return {
    engine: db.engine,
    run: (query, params) => db.run(query, params),
    read: (work, options) => db.read(work, options),
    write: (work) => db.write(work),
    ping: () => db.ping(),
    refreshPlans: () => db.refreshPlans(),
    applySchema: () => db.applySchema(),
    close: () => db.close(),
  };
}

/** The same store with every statement, in or out of a transaction, sent through `wrap`. */
export function wrappingStatements(db: GraphDb, wrap: (runner: QueryRunner) => QueryRunner): GraphDb {
  return {
    ...passingOn(db),
    run: wrap(db).run,
    read: (work, options) => db.read((tx) => work(wrap(tx)), options),
    write: (work) => db.write((tx) => work(wrap(tx))),
  };
}
