import neo4j, { type Driver } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadQueryCatalog } from '../../api/src/queries.js';
import { openGraphDb } from '../../api/src/open-db.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { BULK_WRITE_MIN_ENTITIES } from '../../api/src/db/bulk-write.js';
import { loadDataset } from '../../api/src/dataset/load-dataset.js';
import { validateDataset } from '../../api/src/dataset/read-dataset.js';
import { exportGraph, importGraph } from '../../api/src/modules/transfer/graph-export.js';
import { DEFAULT_SEED, generateNational } from '../../seed/synthetic/national.js';
import { LAUNCHER_PASSWORD, leaseNeo4jDatabase, testEngine } from '../support/test-db.js';

/**
 * The product's own bulk writes (loadDataset: the seed at start, `npm run seed`, the spreadsheet
 * import; importGraph: the API's and `npm run transfer`'s restore) refresh the engine's plans
 * once they have committed (#17, docs/DESIGN.md "Neo4j plans"). On Neo4j: no index is left with
 * the sample it had before the import (else statements planned in the next seconds can keep a
 * whole-index scan per id), and a lookup by id planned afterwards seeks. On the embedded engine
 * the refresh is a no-op that must still be called and answer without warnings.
 */
const queries = loadQueryCatalog();
// ~11,000 nodes and relationships: above BULK_WRITE_MIN_ENTITIES, small enough for a test.
const national = generateNational({ seed: DEFAULT_SEED, scale: 0.05 });
const dataset = () => validateDataset([{ file: 'synthetic:national(scale=0.05)', content: national }], new Map(), { requireFictitious: true });

interface Store {
  db: GraphDb;
  driver: Driver | null;
  close(): Promise<void>;
}
const opened: Store[] = [];

async function openStore(): Promise<Store> {
  let store: Store;
  if (testEngine === 'embedded') {
    const db = await openGraphDb({ kind: 'embedded', dataDir: null }, queries);
    store = { db, driver: null, close: () => db.close() };
  } else {
    const { uri, release } = await leaseNeo4jDatabase();
    const db = await openGraphDb({ kind: 'neo4j', uri, username: 'neo4j', password: LAUNCHER_PASSWORD, database: 'neo4j' }, queries);
    const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', LAUNCHER_PASSWORD));
    store = {
      db,
      driver,
      close: async () => {
        await driver.close();
        await db.close();
        await release();
      },
    };
  }
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

/** Neo4j's indexes that still have updates since their last sample. */
async function outdatedIndexes(driver: Driver): Promise<string[]> {
  const session = driver.session();
  try {
    const result = await session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data");
    const indexes = result.records[0]!.get('data').indexes as Array<{ labels?: string[]; properties?: string[]; updatesSinceEstimation: unknown }>;
    return indexes
      .filter((i) => Number(i.updatesSinceEstimation) > 0)
      .map((i) => `${i.labels?.join(':')}(${i.properties?.join(',')}) ${i.updatesSinceEstimation}`);
  } finally {
    await session.close();
  }
}

/**
 * The operators of connection/neighbours and connection/details PROFILEd for 9 stored ids. Right
 * after the national import, without the refresh, neighbours scanned the whole Entity(id) index
 * per id (244,672 db hits; 79 with it); at this test's size the planner seeks either way, so the
 * index statistics above are what fails without the refresh.
 */
async function lookupOperators(driver: Driver, ids: string[]): Promise<string[]> {
  const session = driver.session();
  try {
    const types = ['PART_OF', 'MEMBER_OF', 'CONTACT_FOR', 'PROVIDES', 'HOLDS', 'PARTY_TO'];
    const day = '2026-12-06';
    const profiles = [
      await session.run(`PROFILE ${queries.connectionNeighbours.text}`, { ids, providesOnly: [], notToMembers: [], types, anchors: [], anchorTypes: [], day }),
      await session.run(`PROFILE ${queries.connectionDetails.text}`, { ids, relationships: [] }),
    ];
    const operators: string[] = [];
    const walk = (p: { operatorType: string; children: unknown[] }) => {
      operators.push(p.operatorType.replace(/@.*$/, ''));
      for (const c of p.children) walk(c as typeof p);
    };
    for (const result of profiles) walk(result.summary.profile as unknown as { operatorType: string; children: unknown[] });
    return operators;
  } finally {
    await session.close();
  }
}

async function expectFreshPlans(store: Store, ids: string[]) {
  if (!store.driver) return;
  expect(await outdatedIndexes(store.driver)).toEqual([]);
  const operators = await lookupOperators(store.driver, ids);
  expect(operators).toContain('NodeUniqueIndexSeek');
  expect(operators).not.toContain('NodeIndexScan');
}

describe(`plans after a bulk write (${testEngine})`, () => {
  const someIds = () => national.nodes!.slice(0, 9).map((n) => (n as { id: string }).id);

  it('loadDataset refreshes them once it has committed a large dataset', async () => {
    const store = await openStore();
    const refresh = vi.spyOn(store.db, 'refreshPlans');
    const summary = await loadDataset(store.db, queries, dataset());
    expect(summary.nodesCreated + summary.relationshipsCreated).toBeGreaterThanOrEqual(BULK_WRITE_MIN_ENTITIES);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await refresh.mock.results[0]!.value).toEqual({ warnings: [] });
    await expectFreshPlans(store, someIds());
  }, 180_000);

  it('importGraph (restore) refreshes them once it has committed a large export', async () => {
    const source = await openStore();
    await loadDataset(source.db, queries, dataset());
    const data = await exportGraph(source.db, queries);
    const target = await openStore();
    const refresh = vi.spyOn(target.db, 'refreshPlans');
    await importGraph(target.db, queries, data);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(await refresh.mock.results[0]!.value).toEqual({ warnings: [] });
    await expectFreshPlans(target, someIds());
  }, 240_000);

  it('a small load (a test seed) does not pay for a refresh', async () => {
    const store = await openStore();
    const refresh = vi.spyOn(store.db, 'refreshPlans');
    const small = generateNational({ seed: DEFAULT_SEED, scale: 0.05 });
    const file = { ...small, nodes: small.nodes!.slice(0, 100), relationships: [] };
    await loadDataset(store.db, queries, validateDataset([{ file: 'small', content: file }], new Map(), { requireFictitious: true }));
    expect(refresh).not.toHaveBeenCalled();
  }, 60_000);
});
