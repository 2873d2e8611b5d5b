import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { GraphDb, Params, PlanRefresh, QueryRunner, Row } from './graph-db.js';
import type { CypherQuery } from './query-catalog.js';
import { splitStatements } from './query-catalog.js';
import { DbError } from './db-error.js';
import { classifyDriverError, isDriverError, isRetriable, noteFailedStatement } from './neo4j-errors.js';
import { rowFromDriver, toDriverParams } from './neo4j-values.js';
import { refreshNeo4jPlans } from './neo4j-plans.js';
import { compactCypher } from './cypher-text.js';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/**
 * What the adapter needs of a driver session: managed transactions, which the driver retries on
 * transient errors and deadlocks (with back-off, up to its retry time) when the work rejects
 * with the driver's own error; and one auto-commit statement (`run`), which the driver never
 * retries (see Neo4jGraphDb.run). Tests put the driver's transaction executor behind a fake.
 */
export interface SessionLike {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  run(text: string, params: Record<string, unknown>): PromiseLike<QueryResult>;
  close(): Promise<void>;
}

/**
 * How many statement texts the adapter remembers as read-only. The catalog has a few hundred
 * (templates instantiated over allow-listed labels and types included); the bound only keeps a
 * caller that built texts at run time from growing the set without end.
 */
const MAX_KNOWN_READS = 5_000;

/** A result summary's queryType for a statement that only reads (neo4j-driver-core's queryType.READ_ONLY). */
const READ_ONLY = 'r';

export type OpenSession = (mode: 'READ' | 'WRITE') => SessionLike;

/**
 * Neo4j through the official driver; every driver type is converted at this border.
 *
 * Errors: a statement's driver error is passed through the transaction work untouched, so the
 * driver can retry it, and only classified once the driver has given up; an error the work
 * itself throws (a coded GraphQLError such as NOT_FOUND or CONFLICT, a DbError) is no driver
 * error and reaches the caller as it was thrown.
 */
export class Neo4jGraphDb implements GraphDb {
  readonly engine = 'neo4j' as const;
  private closed = false;
  /** Statement texts Neo4j has called read-only (its summary's queryType 'r'): see run(). */
  private readonly knownReads = new Set<string>();

  constructor(
    private readonly openSession: OpenSession,
    private readonly schema: CypherQuery,
    private readonly verify: () => Promise<void> = async () => undefined,
    private readonly closeDriver: () => Promise<void> = async () => undefined,
  ) {}

  static open(settings: Neo4jSettings, schema: CypherQuery): Neo4jGraphDb {
    const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: false,
      // How long the driver keeps retrying a transaction that met a transient error or deadlock.
      maxTransactionRetryTime: 15_000,
    });
    return new Neo4jGraphDb(
      sessionOpener(driver, settings.database),
      schema,
      async () => void (await driver.verifyConnectivity({ database: settings.database })),
      () => driver.close(),
    );
  }

  /**
   * One statement. Its first run is a managed write transaction, as every statement's was; Neo4j's
   * summary then says whether it only reads (queryType 'r', decided by the plan's clauses, not
   * by the parameters). From then on it runs as one auto-commit statement in a READ session:
   * no BEGIN and COMMIT round trips. #17, the national dataset on Neo4j, API p50 at c=1 in six
   * alternated rounds (medians; a loaded host): findContact 6.63 ms today's way, 6.32 in a managed
   * read, 5.50 auto-commit; search 7.53 / 8.11 / 6.67; statusMatrix 7.64 / 8.03 / 6.81. The READ
   * access mode is the server's guard: a statement that tried to write there fails
   * (Neo.ClientError.Statement.AccessMode, a QUERY error), it never writes.
   *
   * The driver retries managed transactions only; an auto-commit statement that meets a
   * retriable error (a transient error, a lost connection, a leader switch) is sent once more
   * as a managed read transaction, which the driver retries as it retries every other read.
   */
  run<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    if (this.knownReads.has(query.text)) return this.autoCommitRead<T>(query, params);
    return this.managed('WRITE', async (tx) => {
      const { rows, queryType } = await executeWithType<T>(tx, query, params);
      if (queryType === READ_ONLY && this.knownReads.size < MAX_KNOWN_READS) this.knownReads.add(query.text);
      return rows;
    });
  }

  /**
   * Statements in one read transaction. Neo4j reads at READ COMMITTED: a write that commits
   * between two statements is seen by the second (see GraphDb.read). Lanes (ReadOptions) are
   * this one transaction: the driver pipelines the statements sent together already.
   */
  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.managed('READ', (tx) => work(runnerFor(tx)));
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.managed('WRITE', (tx) => work(runnerFor(tx)));
  }

  async ping(): Promise<void> {
    this.assertOpen();
    try {
      await this.verify();
    } catch (err) {
      throw new DbError('UNAVAILABLE', `Neo4j does not answer: ${(err as Error).message}`, undefined, { cause: err });
    }
  }

  /** Resamples the outdated indexes, waits for the samples (bounded), empties the plan cache (see neo4j-plans.ts). */
  refreshPlans(): Promise<PlanRefresh> {
    // Read transactions: the procedures are READ (resample, statistics) and DBMS (plan cache) ones.
    return refreshNeo4jPlans((text) => this.managed('READ', async (tx) => (await tx.run(text)).records.map((r) => r.toObject())));
  }

  async applySchema(): Promise<void> {
    for (const statement of splitStatements(this.schema.text)) {
      await this.run({ ...this.schema, text: statement });
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.closeDriver();
  }

  private assertOpen(): void {
    if (this.closed) throw new DbError('UNAVAILABLE', 'the Neo4j connection is closed');
  }

  /** One read-only statement in auto-commit (see run()); a retriable error sends it again as a managed read. */
  private async autoCommitRead<T>(query: CypherQuery, params: Params): Promise<T[]> {
    this.assertOpen();
    const driverParams = toDriverParams(params, query.name);
    const session = this.openSession('READ');
    try {
      const result = await session.run(wireText(query), driverParams);
      return rowsOf<T>(result);
    } catch (err) {
      noteFailedStatement(err, query.name);
      if (!isDriverError(err)) throw err;
      if (!isRetriable(err)) throw classifyDriverError(err);
    } finally {
      await session.close().catch(() => undefined);
    }
    return this.managed('READ', (tx) => execute<T>(tx, query, params));
  }

  private async managed<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    const session = this.openSession(mode);
    try {
      return await (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work));
    } catch (err) {
      throw isDriverError(err) ? classifyDriverError(err) : err;
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

/**
 * Sessions for the adapter, all sharing one bookmark manager: a session waits until the server
 * it reaches has applied every transaction this process committed before. On one server that is
 * always so; on a cluster (`neo4j://`) a READ session goes to a follower, which without the
 * bookmark could answer from before the caller's own last write (an editor saves, and the
 * reloaded picture lacks the change). The driver's executeQuery shares one the same way.
 */
export function sessionOpener(driver: Driver, database: string, bookmarkManager = neo4j.bookmarkManager()): OpenSession {
  return (mode) => driver.session({ database, bookmarkManager, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
}

function runnerFor(tx: ManagedTransaction): QueryRunner {
  return { run: (query, params = {}) => execute(tx, query, params) };
}

async function execute<T>(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<T[]> {
  return (await executeWithType<T>(tx, query, params)).rows;
}

/** The statement's rows and Neo4j's word on what it does ('r', 'rw', 'w' or 's'; none from a test's fake). */
async function executeWithType<T>(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<{ rows: T[]; queryType?: string }> {
  const driverParams = toDriverParams(params, query.name);
  try {
    const result = await tx.run(wireText(query), driverParams);
    return { rows: rowsOf<T>(result), queryType: result.summary?.queryType };
  } catch (err) {
    // Rethrown as it is: the driver retries only its own errors.
    noteFailedStatement(err, query.name);
    throw err;
  }
}

/** Catalog texts as sent (compactCypher), by text; bounded as knownReads is. */
const wireTexts = new Map<string, string>();

/** The statement without its comments and spare whitespace: fewer bytes, fewer socket writes per statement (see cypher-text.ts). */
function wireText(query: CypherQuery): string {
  let text = wireTexts.get(query.text);
  if (text === undefined) {
    text = compactCypher(query.text);
    if (wireTexts.size < MAX_KNOWN_READS) wireTexts.set(query.text, text);
  }
  return text;
}

/** A result's records as plain rows (driver integers, dates and nodes made the port's values). */
function rowsOf<T>(result: QueryResult): T[] {
  return result.records.map((r) => rowFromDriver(r) as T);
}
