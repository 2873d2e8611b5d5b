import type { CypherQuery } from './query-catalog.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements; the only way code outside api/src/db reaches the graph. */
export interface QueryRunner {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

export type EngineKind = 'embedded' | 'neo4j';

/** The port both engines implement. */
export interface GraphDb extends QueryRunner {
  readonly engine: EngineKind;
  /** A read transaction: every statement sees one snapshot. */
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** A write transaction: all statements commit together or none does. */
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** Resolves when the engine answers a trivial query. */
  ping(): Promise<void>;
  /** Creates constraints and indexes; safe to call on every start. */
  applySchema(): Promise<void>;
  close(): Promise<void>;
}
