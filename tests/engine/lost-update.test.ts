import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb, QueryRunner } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DbError } from '../../api/src/db/db-error.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { openFixtureDb } from '../support/test-db.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * No lost update on either engine: T1 writes at version 1 and keeps its transaction open; T2
 * writes at version 1 too; T1 commits; T2 must lose (no row back, which the editors answer
 * with CONFLICT, or the engine's own CONFLICT) and nothing of T2 may be written.
 *
 * Under Neo4j's READ COMMITTED a version compared before the write lock passes for both
 * writers (T2 reads the committed v1 while T1 is open, then waits for the lock and writes v3).
 * The statements take the lock first (cypher/edit/update-node and its kin); this test is what
 * shows they do.
 */
const NOW = '2026-03-01T00:00:00.000Z';
let db: GraphDb;
let queries: QueryCatalog;
let userId: string;

beforeAll(async () => {
  ({ db, queries } = await openFixtureDb());
  userId = (await createUser(db, queries, { email: 'race@example.dk', name: 'Race', role: 'EDITOR', scopeId: null, password: 'race-password-123' })).id;
});
afterAll(() => db?.close());

interface Race {
  write(tx: QueryRunner, who: 'T1' | 'T2'): Promise<unknown[]>;
  /** What is stored afterwards: who wrote last, and the version. */
  stored(): Promise<{ writer: unknown; version: unknown }>;
}

const races: Record<string, () => Race> = {
  'update-node': () => ({
    write: (tx, who) => tx.run(queries.updateNode, { id: 'org:m2', version: 1, props: { note: who }, now: NOW }),
    stored: async () => {
      const [row] = await db.run<{ writer: unknown; version: unknown }>(
        adHocCypher('MATCH (n:Entity {id: $id}) RETURN n.note AS writer, n.version AS version', ['id']),
        { id: 'org:m2' },
      );
      return row!;
    },
  }),
  'update-relationship': () => ({
    write: (tx, who) => tx.run(queries.updateRelationship, { id: 'rel:bua-r', from: 'org:bua', to: 'org:r', version: 1, props: { note: who }, now: NOW }),
    stored: async () => {
      const [row] = await db.run<{ writer: unknown; version: unknown }>(
        adHocCypher('MATCH ()-[r:PART_OF {id: $id}]->() RETURN r.note AS writer, r.version AS version', ['id']),
        { id: 'rel:bua-r' },
      );
      return row!;
    },
  }),
  'update-user': () => ({
    write: (tx, who) =>
      tx.run(queries.updateUser, { id: userId, version: 1, name: who, role: null, setScope: false, scopeId: null, passwordHash: null, now: NOW }),
    stored: async () => {
      const [row] = await db.run<{ writer: unknown; version: unknown }>(
        adHocCypher('MATCH (u:User {id: $id}) RETURN u.name AS writer, u.version AS version', ['id']),
        { id: userId },
      );
      return row!;
    },
  }),
};

describe(`versioned writes hold under concurrency (${process.env.TEST_NEO4J_POOL ? 'Neo4j' : 'embedded'})`, () => {
  it.each(Object.keys(races))('%s: the second writer at the same version loses, and nothing of it is written', async (name) => {
    const race = races[name]!();
    let releaseT1!: () => void;
    const t1Held = new Promise<void>((resolve) => (releaseT1 = resolve));
    let t1Wrote!: (rows: unknown[]) => void;
    const t1Written = new Promise<unknown[]>((resolve) => (t1Wrote = resolve));

    const t1 = db.write(async (tx) => {
      const rows = await race.write(tx, 'T1');
      t1Wrote(rows);
      await t1Held; // keeps T1 open while T2 runs
      return rows;
    });
    expect(await t1Written).toHaveLength(1);

    const t2 = db
      .write((tx) => race.write(tx, 'T2'))
      .then(
        (rows) => ({ rows }),
        (error: unknown) => ({ error }),
      );
    // Long enough for T2's statement to be in flight (on Neo4j: waiting for T1's lock).
    await new Promise((r) => setTimeout(r, 300));
    releaseT1();
    expect(await t1).toHaveLength(1);

    const outcome = await t2;
    if ('error' in outcome) {
      expect(outcome.error).toBeInstanceOf(DbError);
      expect((outcome.error as DbError).kind).toBe('CONFLICT');
    } else {
      expect(outcome.rows).toEqual([]);
    }
    expect(await race.stored()).toEqual({ writer: 'T1', version: 2 });
  });
});
