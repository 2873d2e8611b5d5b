import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphDb, Params, PlanRefresh, QueryRunner, Row } from './graph-db.js';
import type { CypherQuery } from './query-catalog.js';
import { splitStatements } from './query-catalog.js';
import { DbError } from './db-error.js';
import { classifyDriverError, isDriverError, noteFailedStatement } from './neo4j-errors.js';
import { fromDriver, toDriverParams } from './neo4j-values.js';
import { refreshNeo4jPlans } from './neo4j-plans.js';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/**
 * What the adapter needs of a driver session: managed transactions, which the driver retries on
 * transient errors and deadlocks (with back-off, up to its retry time) when the work rejects
 * with the driver's own error. Tests put the driver's transaction executor behind a fake.
 */
export interface SessionLike {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

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
    const openSession: OpenSession = (mode) =>
      driver.session({ database: settings.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    return new Neo4jGraphDb(
      openSession,
      schema,
      async () => void (await driver.verifyConnectivity({ database: settings.database })),
      () => driver.close(),
    );
  }

  run<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.managed('WRITE', (tx) => execute<T>(tx, query, params));
  }

  /**
   * Statements in one read transaction. Neo4j reads at READ COMMITTED: a write that commits
   * between two statements is seen by the second (see GraphDb.read).
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
    return refreshNeo4jPlans((text) => this.managed('WRITE', async (tx) => (await tx.run(text)).records.map((r) => r.toObject())));
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

function runnerFor(tx: ManagedTransaction): QueryRunner {
  return { run: (query, params = {}) => execute(tx, query, params) };
}

async function execute<T>(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<T[]> {
  const driverParams = toDriverParams(params, query.name);
  try {
    const result = await tx.run(query.text, driverParams);
    return result.records.map((r) => fromDriver(r.toObject()) as T);
  } catch (err) {
    // Rethrown as it is: the driver retries only its own errors.
    noteFailedStatement(err, query.name);
    throw err;
  }
}
