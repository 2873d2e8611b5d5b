import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb, QueryRunner } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { exportGraph, importGraph, contentHash } from '../../api/src/modules/transfer/graph-export.js';
import { openFixtureDb, openTestDb, testEngine } from '../support/test-db.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * An export while someone writes: a person created and linked after the export read the nodes
 * but before it read the relationships. The embedded engine's read is one snapshot and never
 * sees it; Neo4j reads at READ COMMITTED and sees the new relationship. Either way the export
 * must be whole (every relationship joins exported nodes) and restore to the same map.
 */
let db: GraphDb;
let queries: QueryCatalog;

beforeAll(async () => {
  ({ db, queries } = await openFixtureDb());
});
afterAll(() => db?.close());

const addLinkedPerson = adHocCypher(
  "MATCH (o:Organisation {id: 'org:ppr'}) CREATE (p:Entity:Person {id: 'person:late', name: 'Kom sent', version: 1})-[:WORKS_IN {id: 'rel:late'}]->(o)",
);

/** The store, but a write commits on another transaction right after the export read the nodes. */
function writingBetweenStatements(inner: GraphDb): GraphDb {
  const wrapped = Object.create(inner) as GraphDb;
  wrapped.read = (work) =>
    inner.read((tx) => {
      const runner: QueryRunner = {
        run: async (query, params) => {
          const rows = await tx.run(query, params);
          if (query === queries.exportNodes) await inner.write((w) => w.run(addLinkedPerson));
          return rows as never;
        },
      };
      return work(runner);
    });
  return wrapped;
}

describe(`an export taken during a write (${testEngine})`, () => {
  it('is whole and restores: no relationship to a node it lacks', async () => {
    const data = await exportGraph(writingBetweenStatements(db), queries);
    const ids = new Set(data.nodes.map((n) => n.props.id));
    expect(data.relationships.filter((r) => !ids.has(r.from) || !ids.has(r.to))).toEqual([]);
    expect(ids.has('person:late')).toBe(false);
    // The write did land: a later export has it, person and link.
    const later = await exportGraph(db, queries);
    expect(later.relationships.some((r) => r.props.id === 'rel:late')).toBe(true);

    const target = await openTestDb();
    try {
      await importGraph(target.db, target.queries, data);
      expect(contentHash(await exportGraph(target.db, target.queries))).toBe(contentHash(data));
    } finally {
      await target.db.close();
    }
  });
});
