import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { openGraphDb } from '../../api/src/open-db.js';
import { KEY_FIELD_SEPARATOR } from '../../api/src/modules/core/search-keys.js';
import { loadQueryCatalog } from '../../api/src/queries.js';
import { LAUNCHER_PASSWORD, leaseNeo4jDatabase, testEngine } from '../support/test-db.js';

/**
 * Anonymous search on Neo4j (#17): the Neo4j schema (cypher/schema/neo4j.cypher) has TEXT indexes
 * on StructureKey(text) and (compact), so search/search-public's first part seeks the keys that
 * hold the text instead of reading every structure key (national dataset: 954-15,721 db hits
 * against 11,984-21,949). Its plan, after the product's schema: no StructureKey label scan.
 * Neo4j only (the embedded engine's schema is its own file).
 */
describe.skipIf(testEngine !== 'neo4j')('search/search-public on Neo4j seeks the structure keys', () => {
  it('plans CONTAINS seeks in the StructureKey TEXT indexes, not a label scan', async () => {
    const queries = loadQueryCatalog();
    const { uri, release } = await leaseNeo4jDatabase();
    const db = await openGraphDb({ kind: 'neo4j', uri, username: 'neo4j', password: LAUNCHER_PASSWORD, database: 'neo4j' }, queries);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', LAUNCHER_PASSWORD));
    try {
      const session = driver.session();
      await session.run('CALL db.awaitIndexes(60)');
      const params = {
        text: 'aarhus',
        compact: 'aarhus',
        sep: KEY_FIELD_SEPARATOR,
        labels: ['Organisation', 'Person', 'Group', 'Channel'],
        personal: false,
        limit: neo4j.int(20),
      };
      const plan = (await session.run(`EXPLAIN ${queries.searchPublic.text}`, params)).summary.plan as unknown as PlanNode;
      await session.close();
      const operators = flatten(plan);
      expect(operators.filter((o) => o.includes('NodeIndexContainsScan') && o.includes('StructureKey'))).toHaveLength(2);
      expect(operators.filter((o) => o.includes('NodeByLabelScan') && o.includes('StructureKey'))).toEqual([]);
    } finally {
      await driver.close();
      await db.close();
      await release();
    }
  }, 60_000);
});

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Every operator of the plan as "type details". */
function flatten(node: PlanNode): string[] {
  return [`${node.operatorType} ${String(node.arguments.Details ?? '')}`, ...node.children.flatMap(flatten)];
}
