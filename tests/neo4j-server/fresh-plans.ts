import neo4j from 'neo4j-driver';

/**
 * After a bulk import into Neo4j, before timing anything: the indexes' statistics brought up to
 * date and the plan cache emptied, so every statement is planned from the imported data.
 *
 * Why (#17, the connection outlier: 112 ms at 08:57, 135 ms at 18:11, ~19 ms at 11:16 and 17:20):
 * an index created empty and then filled by one transaction keeps the sample it had when empty
 * (`db.stats.retrieve('GRAPH COUNTS')`: Entity(id) totalSize 0, updatesSinceEstimation 27,178)
 * until Neo4j's background sampler resamples it, seconds later. Statements planned in between
 * can read `(a:Entity {id: id})` by scanning the whole index once per id instead of a unique seek
 * (connection/neighbours for 9 ids: 245,012 db hits against 419; connection/details 81,694
 * against 163), and Neo4j keeps such a plan: it replans when the label and relationship counts
 * drift, and a new index sample changes neither. Which statements get such a plan depends on
 * when the sample lands (4 of 5 reproductions of the bench's sequence: replay p50 120-220 ms
 * throughout; the 5th ~20 ms). The same text planned later, or after db.clearQueryCaches(), seeks.
 */
export async function freshPlans(server: { uri: string; username: string; password: string; database: string }, timeoutMs = 60_000): Promise<void> {
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password));
  try {
    const session = driver.session({ database: server.database });
    try {
      await session.run('CALL db.resampleOutdatedIndexes()');
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const result = await session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data");
        const indexes = (result.records[0]?.get('data')?.indexes ?? []) as Array<{ updatesSinceEstimation?: unknown }>;
        if (indexes.every((i) => Number(i.updatesSinceEstimation ?? 0) === 0)) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await session.run('CALL db.clearQueryCaches()');
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
