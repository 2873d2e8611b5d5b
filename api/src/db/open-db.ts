import type { EngineConfig } from '../config.js';
import type { GraphDb } from './graph-db.js';
import type { QueryCatalog } from './queries.js';
import { EmbeddedGraphDb } from './embedded.js';
import { Neo4jGraphDb } from './neo4j.js';

/** Opens the engine the configuration selects and applies its schema. */
export async function openGraphDb(engine: EngineConfig, queries: QueryCatalog): Promise<GraphDb> {
  const db =
    engine.kind === 'neo4j'
      ? Neo4jGraphDb.open(engine, queries.schemaNeo4j)
      : EmbeddedGraphDb.open(engine.dataDir, queries.schemaEmbedded);
  try {
    await db.ping();
    await db.applySchema();
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return db;
}
