import type { GraphDb } from '../../../api/src/db/graph-db.js';
import type { QueryCatalog, QueryKey } from '../../../api/src/queries.js';

export interface ContractEnv {
  db: GraphDb;
  queries: QueryCatalog;
}

/** One check per named query: run it with parameters and compare with the known answer. */
export type ContractCases = Partial<Record<QueryKey, (env: ContractEnv) => Promise<void>>>;

/**
 * A group of cases and the known data they run on: the small contract fixture (cases may
 * write and build on each other, in order) or the Central Denmark seed (read-only cases,
 * answers taken from the source documents).
 */
export interface CaseSet {
  name: string;
  dataset: 'fixture' | 'central-denmark';
  cases: ContractCases;
}
