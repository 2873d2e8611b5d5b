import type { EngineConfig } from './config.js';
import type { GraphDb } from './db/graph-db.js';
import type { QueryCatalog } from './queries.js';
import { EmbeddedGraphDb } from './db/embedded.js';
import { Neo4jGraphDb } from './db/neo4j.js';
import { backfillSearchKeys } from './modules/core/search-keys.js';

/** Opens the engine the configuration selects, applies its schema and mends the search keys. */
export async function openGraphDb(engine: EngineConfig, queries: QueryCatalog): Promise<GraphDb> {
  const db = engine.kind === 'neo4j' ? Neo4jGraphDb.open(engine, queries.schemaNeo4j) : EmbeddedGraphDb.open(engine.dataDir, queries.schemaEmbedded);
  try {
    await db.ping();
    await db.applySchema();
    // Search keys for a store written before they existed (cheap when they are all there).
    await backfillSearchKeys(db, queries);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
