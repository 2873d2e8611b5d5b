import { loadQueryCatalog, type QueryCatalog } from '../../api/src/db/queries.js';
import { openGraphDb } from '../../api/src/db/open-db.js';
import type { EngineKind, GraphDb } from '../../api/src/db/graph-db.js';

/**
 * Which engine the tests run on: `npm test` opens a fresh in-memory embedded store per store a
 * test asks for; `npm run test:neo4j` sets TEST_NEO4J_POOL (tests/neo4j-server/with-neo4j.ts)
 * and each store is then an empty Neo4j 5.26 database lent by the project's launcher, wiped
 * when the test closes it. Never a mock. NEO4J_URI alone never makes the tests use a Neo4j:
 * they wipe what they lease, and a database of one's own is not theirs to wipe.
 */
export const testEngine: EngineKind = process.env.TEST_NEO4J_POOL ? 'neo4j' : 'embedded';

export async function openTestDb(): Promise<{ db: GraphDb; queries: QueryCatalog }> {
  const queries = loadQueryCatalog();
  const pool = process.env.TEST_NEO4J_POOL;
  if (!pool) return { db: await openGraphDb({ kind: 'embedded', dataDir: null }, queries), queries };

  const lease = (await (await fetch(`${pool}/lease`, { method: 'POST' })).json()) as { id: number; uri: string };
  const release = () => fetch(`${pool}/lease/${lease.id}`, { method: 'DELETE' }).then(() => undefined);
  let db: GraphDb;
  try {
    db = await openGraphDb({ kind: 'neo4j', uri: lease.uri, username: 'neo4j', password: 'launcher-has-auth-off', database: 'neo4j' }, queries);
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
