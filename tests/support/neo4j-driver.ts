import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import type { CypherQuery } from '../../api/src/db/query-catalog.js';
import { LAUNCHER_PASSWORD, leaseNeo4jDatabase } from './test-db.js';

/**
 * For tests of the Neo4j adapter's own sessions: a driver on a database leased from the test
 * Neo4j for the enclosing describe, closed and given back after it. Call inside `describe`.
 */
export function leasedDriver(): () => Driver {
  let driver: Driver | undefined;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const lease = await leaseNeo4jDatabase();
    release = lease.release;
    driver = neo4j.driver(lease.uri, neo4j.auth.basic('neo4j', LAUNCHER_PASSWORD));
  });
  afterAll(async () => {
    await driver?.close();
    await release?.();
  });
  return () => driver!;
}

/** A statement written in the test (not from the catalog). */
export const probeStatement = (name: string, text: string): CypherQuery => ({ name, text, params: [], file: '' });
