import neo4j from 'neo4j-driver';
import { refreshNeo4jPlans } from '../../api/src/db/neo4j-plans.js';

/**
 * After a bulk import into Neo4j, before timing anything: the indexes' statistics brought up to
 * date and the plan cache emptied, so every statement is planned from the imported data.
 *
 * The product does the same after its own imports (loadDataset, importGraph: db/bulk-write.ts,
 * db/neo4j-plans.ts, which says why); this is the same procedure for a server the bench reaches
 * with its settings alone, with a longer wait, and failing instead of warning: a bench run on
 * stale plans would time the wrong thing (#17, connection 112-167 ms instead of ~20).
 */
export async function freshPlans(server: { uri: string; username: string; password: string; database: string }, timeoutMs = 60_000): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    const session = driver.session({ database: server.database });
    try {
      const { warnings } = await refreshNeo4jPlans(async (text) => (await session.run(text)).records.map((r) => r.toObject()), timeoutMs);
      if (warnings.length) throw new Error(`freshPlans: ${warnings.join('; ')}`);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
