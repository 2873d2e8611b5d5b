import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { freshPlans } from '../neo4j-server/fresh-plans.js';
import { LAUNCHER_PASSWORD, leaseNeo4jDatabase, testEngine } from '../support/test-db.js';

/**
 * The bench's step after its Neo4j import (tests/neo4j-server/fresh-plans.ts): an index filled by
 * one transaction is sampled again at once (not seconds later by the background sampler), so no
 * statement is planned, and kept, from the sample it had while empty. Neo4j only.
 */
describe.skipIf(testEngine !== 'neo4j')('freshPlans after a bulk write (Neo4j)', () => {
  it('leaves no index with updates since its last sample', async () => {
    const { uri, release } = await leaseNeo4jDatabase();
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', LAUNCHER_PASSWORD));
    const outdated = async () => {
      const session = driver.session();
      try {
        const result = await session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data");
        const indexes = result.records[0]!.get('data').indexes as Array<{ labels?: string[]; updatesSinceEstimation: unknown }>;
        return indexes.filter((i) => i.labels?.includes('FreshPlansProbe')).map((i) => Number(i.updatesSinceEstimation));
      } finally {
        await session.close();
      }
    };
    try {
      const session = driver.session();
      await session.run('CREATE INDEX fresh_plans_probe IF NOT EXISTS FOR (n:FreshPlansProbe) ON (n.key)');
      await session.run('CALL db.awaitIndexes(60)');
      await session.run('UNWIND range(1, 5000) AS i CREATE (:FreshPlansProbe {key: i})');
      await session.close();
      expect((await outdated())[0]).toBeGreaterThan(0); // the sample still the empty index's

      await freshPlans({ uri, username: 'neo4j', password: LAUNCHER_PASSWORD, database: 'neo4j' });

      expect(await outdated()).toEqual([0]);
    } finally {
      const session = driver.session();
      await session.run('DROP INDEX fresh_plans_probe IF EXISTS').catch(() => undefined);
      await session.close();
      await driver.close();
      await release();
    }
  }, 90_000);
});
