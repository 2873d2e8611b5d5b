import type { CypherQuery } from './query-catalog.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements; the only way code outside api/src/db reaches the graph. */
export interface QueryRunner {
  run<T = Row>(query: CypherQuery, params?: Params): Promise<T[]>;
}

export type EngineKind = 'embedded' | 'neo4j';

/** What a plan refresh could not do (a missing privilege, a sample still pending), for the log. */
export interface PlanRefresh {
  warnings: string[];
}

/** How a read transaction may run its statements (GraphDb.read). */
export interface ReadOptions {
  /**
   * How many of the work's statements may run in the engine at once. The embedded engine runs
   * one transaction's statements one after another; with lanes it begins that many transactions
   * on one snapshot and gives each statement to the next free one, heaviest waiting first (at
   * most one per core). Neo4j runs them in its one transaction as ever (pipelined). For work that
   * sends independent statements together (a gap report's rules); the default is 1.
   */
  lanes?: number;
}

/** The port both engines implement. */
export interface GraphDb extends QueryRunner {
  readonly engine: EngineKind;
  /**
   * A read transaction. Every statement sees committed data only. The embedded engine gives
   * all of them one snapshot; Neo4j reads at READ COMMITTED, so a write that commits between
   * two statements is seen by the second. Work that must see one state across statements
   * (an export) checks what it read (see modules/transfer/graph-export.ts). With lanes
   * (ReadOptions) the embedded engine's statements still see one snapshot.
   */
  read<T>(work: (tx: QueryRunner) => Promise<T>, options?: ReadOptions): Promise<T>;
  /** A write transaction: all statements commit together or none does. */
  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T>;
  /** Resolves when the engine answers a trivial query. */
  ping(): Promise<void>;
  /**
   * After a bulk write has committed: the engine's statistics brought up to date and the plans
   * made before it forgotten, so later statements are planned from the written data (#17, see
   * db/bulk-write.ts). Never throws: what it could not do comes back as warnings. A no-op on the
   * embedded engine (the stale plans are Neo4j's: its sampled index statistics and plan cache).
   */
  refreshPlans(): Promise<PlanRefresh>;
  /** Creates constraints and indexes; safe to call on every start. */
  applySchema(): Promise<void>;
  close(): Promise<void>;
}
