import type { EngineConfig } from './config.js';
import type { GraphDb } from './db/graph-db.js';
import type { QueryCatalog } from './queries.js';
import { EmbeddedGraphDb } from './db/embedded.js';
import { backfillSearchKeys } from './modules/core/search-keys.js';
import { mendSeveralWorkplacesAtStart } from './modules/core/gap-finder/several-workplaces.js';

/** Opens the engine the configuration selects, applies its schema and mends the search keys and the marks of several workplaces. */
export async function openGraphDb(engine: EngineConfig, queries: QueryCatalog): Promise<GraphDb> {
  // The Neo4j adapter (and with it neo4j-driver, ~25 MB of RSS) loads only when Neo4j is the engine.
  const db =
    engine.kind === 'neo4j'
      ? (await import('./db/neo4j.js')).Neo4jGraphDb.open(engine, queries.schemaNeo4j)
      : EmbeddedGraphDb.open(engine.dataDir, queries.schemaEmbedded);
  try {
    await db.ping();
    await db.applySchema();
    // Search keys for a store written before they existed (cheap when they are all there).
    await backfillSearchKeys(db, queries);
    // The marks gaps/bridge-ties reads, for a store written before they existed (a read when right).
    await mendSeveralWorkplacesAtStart(db, queries);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
