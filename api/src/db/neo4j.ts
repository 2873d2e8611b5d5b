import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { GraphDb, Params, QueryRunner, Row } from './graph-db.js';
import type { CypherQuery } from './query-catalog.js';
import { splitStatements } from './query-catalog.js';
import { DbError } from './db-error.js';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Neo4j through the official driver; every driver type is converted at this border. */
export class Neo4jGraphDb implements GraphDb {
  readonly engine = 'neo4j' as const;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly schema: CypherQuery,
  ) {}

  static open(settings: Neo4jSettings, schema: CypherQuery): Neo4jGraphDb {
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
      disableLosslessIntegers: false,
    });
    return new Neo4jGraphDb(driver, settings.database, schema);
  }

  run<T = Row>(query: CypherQuery, params: Params = {}): Promise<T[]> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => execute<T>(tx, query, params)));
  }

  read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.withSession('READ', (s) => s.executeRead((tx) => work(runnerFor(tx))));
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => work(runnerFor(tx))));
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw new DbError('UNAVAILABLE', `Neo4j does not answer: ${(err as Error).message}`, undefined, { cause: err });
    }
  }

  async applySchema(): Promise<void> {
    for (const statement of splitStatements(this.schema.text)) {
      await this.run({ ...this.schema, text: statement });
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      throw err instanceof DbError ? err : classify(err);
    } finally {
      await session.close();
    }
  }
}

function runnerFor(tx: ManagedTransaction): QueryRunner {
  return { run: (query, params = {}) => execute(tx, query, params) };
}

async function execute<T>(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<T[]> {
  try {
    const result = await tx.run(query.text, toDriverParams(params));
    return result.records.map((r) => fromDriver(r.toObject()) as T);
  } catch (err) {
    throw classify(err, query.name);
  }
}

/** Neo4j reads a JS number as a float, and rejects `LIMIT 10.0`: whole numbers go as Integers. */
export function toDriverParams(value: unknown): any {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}

/** Integers to numbers (strings when unsafe), temporals to ISO strings, graph types to maps. */
export function fromDriver(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return fromDriver((value as { properties: object }).properties);
  if (Array.isArray(value)) return value.map(fromDriver);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fromDriver(v)]));
  }
  return value;
}

function classify(err: unknown, queryName?: string): DbError {
  const e = err as Error & { code?: string; retriable?: boolean };
  const code = e?.code ?? '';
  const message = e?.message ?? String(err);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new DbError('CONSTRAINT', message, queryName, { cause: err });
  if (code.startsWith('Neo.TransientError') || e?.retriable) return new DbError('CONFLICT', message, queryName, { cause: err });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.ClientError.Security')) {
    return new DbError('UNAVAILABLE', message, queryName, { cause: err });
  }
  return new DbError('QUERY', queryName ? `${queryName}: ${message}` : message, queryName, { cause: err });
}
