import DataLoader from 'dataloader';
import type { QueryRunner } from './db/graph-db.js';
import type { QueryCatalog } from './db/queries.js';
import type { OrganisationRecord } from './modules/organisation/organisation-reader.js';
import { organisationsByIds } from './modules/organisation/organisation-reader.js';

/** Request-scoped batching: a list of N rows costs one statement per kind, not N. */
export function createLoaders(db: QueryRunner, queries: QueryCatalog) {
  return {
    organisation: new DataLoader<string, OrganisationRecord | null>(async (ids) => {
      const found = await organisationsByIds(db, queries, [...ids]);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
