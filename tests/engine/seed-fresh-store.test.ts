import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../support/test-app.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { backfillSearchKeys, refreshSearchKeys } from '../../api/src/modules/core/search-keys.js';

/**
 * The loader creates the labels and types a store holds nothing of (seed/create-nodes,
 * create-relationships, create-keys) and merges the rest. Both ways must store the same: every
 * node, relationship, property and search key, the people list's buckets and the search roles.
 */

const now = '2026-01-01T00:00:00.000Z';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-part-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Everything in the store, keys and bucket and role nodes included, as sorted lines. */
async function snapshot(db: GraphDb): Promise<string[]> {
  const stable = (v: unknown) =>
    JSON.stringify(v, (_k, x) =>
      x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x,
    );
  const nodes = await db.run<{ labels: string[]; props: unknown }>(adHocCypher('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props'));
  const rels = await db.run<{ type: string; props: unknown; from: string; to: string }>(
    adHocCypher(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.prefix, a.key) AS from, coalesce(b.id, b.prefix, b.key) AS to',
    ),
  );
  return [...nodes.map((n) => `node ${stable({ ...n, labels: [...n.labels].sort() })}`), ...rels.map((r) => `rel ${stable(r)}`)].sort();
}

async function loaded(dirs: string[]): Promise<{ db: GraphDb; queries: QueryCatalog }> {
  const opened = await openTestDb();
  for (const dir of dirs) await loadSeedDir(opened.db, opened.queries, dir, { now });
  return opened;
}

describe('a load into a fresh store', () => {
  let fresh: string[];

  it('stores what a load part by part does, where the second part merges what the first created', async () => {
    const { db, queries } = await loaded([DEFAULT_DATASET]);
    try {
      fresh = await snapshot(db);
      expect(fresh.filter((l) => l.includes('"SearchKey"')).length).toBeGreaterThan(500);
      expect(fresh.some((l) => l.includes('"PersonBucket"'))).toBe(true);
      expect(fresh.some((l) => l.includes('"SearchRole"'))).toBe(true);
      // The keys, buckets and roles are in step: the start-up backfill finds nothing to mend.
      expect(await backfillSearchKeys(db, queries)).toEqual({ written: 0, dropped: 0, recounted: false });
    } finally {
      await db.close();
    }
    // The organisations first (created), then the whole dataset: organisations, PART_OF and
    // IN_CLUSTER merged, every other label and type created.
    fs.copyFileSync(path.join(DEFAULT_DATASET, '01-region-structure.json'), path.join(tmp, '01-region-structure.json'));
    fs.copyFileSync(path.join(DEFAULT_DATASET, '02-organisations.json'), path.join(tmp, '02-organisations.json'));
    const inParts = await loaded([tmp, DEFAULT_DATASET]);
    try {
      expect(await snapshot(inParts.db)).toEqual(fresh);
    } finally {
      await inParts.db.close();
    }
  });

  it('writes the search keys search/write-keys would: remaking every key changes nothing', async () => {
    const { db, queries } = await loaded([DEFAULT_DATASET]);
    try {
      const ids = await db.run<{ id: string }>(adHocCypher('MATCH (n:Entity) WHERE n:Organisation OR n:Person OR n:Group OR n:Channel RETURN n.id AS id'));
      const written = await db.write((tx) =>
        refreshSearchKeys(
          tx,
          queries,
          ids.map((r) => r.id),
          false,
        ),
      );
      expect(written).toBe(ids.length);
      expect(await snapshot(db)).toEqual(fresh);
    } finally {
      await db.close();
    }
  });
});
