import path from 'node:path';
import { loadQueryCatalog, type QueryCatalog } from '../../api/src/queries.js';
import { repoRoot } from '../../api/src/paths.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openGraphDb } from '../../api/src/open-db.js';
import type { EngineKind, GraphDb } from '../../api/src/db/graph-db.js';

/**
 * Which engine the tests run on: `npm test` opens a fresh in-memory embedded store per store a
 * test asks for; `npm run test:neo4j` sets TEST_NEO4J_POOL (tests/neo4j-server/with-neo4j.ts)
 * and each store is then an empty Neo4j 5.26 database lent by the project's launcher, wiped
 * when the test closes it. Never a mock. NEO4J_URI alone never makes the tests use a Neo4j:
 * they wipe what they lease, and a database of one's own is not theirs to wipe.
 */
export const testEngine: EngineKind = process.env.TEST_NEO4J_POOL ? 'neo4j' : 'embedded';

/** The launcher's Neo4j listens on loopback with authentication off; any password does. */
export const LAUNCHER_PASSWORD = 'launcher-has-auth-off';

/** An empty Neo4j database of the pool's, for a test (or a process it starts) to use. */
export async function leaseNeo4jDatabase(): Promise<{ uri: string; release(): Promise<void> }> {
  const pool = process.env.TEST_NEO4J_POOL;
  if (!pool) throw new Error('leaseNeo4jDatabase needs TEST_NEO4J_POOL (npm run test:neo4j)');
  const res = await fetch(`${pool}/lease`, { method: 'POST' });
  if (!res.ok) throw new Error(`the Neo4j pool refused a lease: ${res.status} ${await res.text()}`);
  const lease = (await res.json()) as { id: number; uri: string };
  return { uri: lease.uri, release: () => fetch(`${pool}/lease/${lease.id}`, { method: 'DELETE' }).then(() => undefined) };
}

export async function openTestDb(): Promise<{ db: GraphDb; queries: QueryCatalog }> {
  const queries = loadQueryCatalog();
  if (testEngine === 'embedded') return { db: await openGraphDb({ kind: 'embedded', dataDir: null }, queries), queries };

  const { uri, release } = await leaseNeo4jDatabase();
  let db: GraphDb;
  try {
    db = await openGraphDb({ kind: 'neo4j', uri, username: 'neo4j', password: LAUNCHER_PASSWORD, database: 'neo4j' }, queries);
  } catch (err) {
    await release();
    throw err;
  }
  let released: Promise<void> | null = null;
  const close = db.close.bind(db);
  // Closing gives the database back to the pool, emptied, for the next test file.
  db.close = () => (released ??= close().then(release));
  return { db, queries };
}

/** A fresh store (as openTestDb) holding the contract fixture: six nodes, five relationships. */
export async function openFixtureDb(): Promise<{ db: GraphDb; queries: QueryCatalog }> {
  const opened = await openTestDb();
  await loadSeedDir(opened.db, opened.queries, path.join(repoRoot, 'tests', 'fixtures', 'contract'), { now: '2026-01-01T00:00:00.000Z' });
  return opened;
}
