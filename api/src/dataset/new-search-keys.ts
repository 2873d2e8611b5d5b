import type { QueryRunner } from '../db/graph-db.js';
import type { QueryCatalog } from '../queries.js';
import { searchKeys, type KeySource } from '../modules/core/search-keys.js';

const BATCH = 2000;

/**
 * Writes the search keys of nodes the loader has just created, which have no key yet: the keys
 * searchKeys makes, on new SearchKey nodes (seed/create-keys), then the people list's buckets
 * and the search roles as writeSearchKeys keeps them (every new person joins its bucket; a role
 * node for every role). writeSearchKeys would do the same through search/write-keys, which
 * first looks for an old key; for ~27,000 new keys that look is a quarter of the CPU.
 * tests/engine/seed.test.ts checks that search/write-keys would leave the keys as they are.
 */
export async function createSearchKeys(tx: QueryRunner, queries: QueryCatalog, nodes: readonly KeySource[]): Promise<void> {
  const bucketSizes = new Map<string, number>();
  const roles = new Map<string, string>();
  for (const keyLabel of ['PersonKey', 'StructureKey'] as const) {
    const people = keyLabel === 'PersonKey';
    const rows = nodes.filter((n) => (n.label === 'Person') === people).map((n) => ({ id: n.id, keys: searchKeys(n) }));
    for (let i = 0; i < rows.length; i += BATCH) await tx.run(queries.createNewKeys[keyLabel], { rows: rows.slice(i, i + BATCH) });
    if (!people) continue;
    for (const { keys } of rows) {
      bucketSizes.set(keys.bucket!, (bucketSizes.get(keys.bucket!) ?? 0) + 1);
      roles.set(keys.role!, keys.compact!);
    }
  }
  const buckets = [...bucketSizes].map(([prefix, delta]) => ({ prefix, delta }));
  if (buckets.length) await tx.run(queries.personAdjustBuckets, { buckets });
  if (roles.size) await tx.run(queries.searchMergeRoles, { roles: [...roles].map(([key, compact]) => ({ key, compact })) });
}
