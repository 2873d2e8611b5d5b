import type { QueryRunner } from '../db/graph-db.js';
import type { QueryCatalog } from '../queries.js';
import { searchKeys, writeKeyIndex } from '../modules/core/search-keys.js';
import type { NodeRow } from './read-dataset.js';

const BATCH = 2000;

/** The keys of one created node: which key label it gets, and the keys themselves. */
export interface NewKey {
  person: boolean;
  id: string;
  keys: Record<string, string>;
}

/** The keys of nodes created from these records (stored as they are, version 1, updatedAt now). */
export function newKeys(label: string, rows: readonly NodeRow[], now: string): NewKey[] {
  return rows.map(({ id, props }) => ({ person: label === 'Person', id, keys: searchKeys({ id, label, props: { ...props, version: 1, updatedAt: now } }) }));
}

/**
 * Writes the search keys of nodes the loader has just created, which have no key yet: the keys
 * searchKeys made (newKeys), on new SearchKey nodes (seed/create-keys), then the people list's
 * buckets and the search roles as writeSearchKeys keeps them (every new person joins its
 * bucket; a role node for every role). writeSearchKeys would do the same through
 * search/write-keys, which first looks for an old key; for ~27,000 new keys that look is a
 * quarter of the CPU. tests/engine/seed-fresh-store.test.ts checks that search/write-keys would
 * leave the keys as they are.
 */
export async function createSearchKeys(tx: QueryRunner, queries: QueryCatalog, created: readonly NewKey[]): Promise<void> {
  const people = created.filter((k) => k.person);
  const structures = created.filter((k) => !k.person);
  for (const [keyLabel, rows] of [
    ['PersonKey', people],
    ['StructureKey', structures],
  ] as const) {
    for (let i = 0; i < rows.length; i += BATCH) await tx.run(queries.createNewKeys[keyLabel], { rows: rows.slice(i, i + BATCH) });
  }
  // Every new person joins its bucket from none, as write-keys would report it.
  await writeKeyIndex(
    tx,
    queries,
    people.map((k) => ({ before: null, after: k.keys.bucket! })),
    people.map((k) => k.keys),
  );
}
