import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DbError } from '../../api/src/db/db-error.js';
import { Neo4jGraphDb } from '../../api/src/db/neo4j.js';
import { openFixtureDb, openTestDb, testEngine } from '../support/test-db.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/**
 * The adapter's error contract on the engine in use (embedded in `npm test`, a live Neo4j in
 * `npm run test:neo4j`); tests/unit/neo4j-adapter.test.ts holds the Neo4j adapter to the same
 * cases without a server.
 */
let db: GraphDb;
let queries: QueryCatalog;

beforeAll(async () => {
  ({ db, queries } = await openFixtureDb());
});
afterAll(() => db?.close());

const note = adHocCypher('MATCH (n:Entity {id: $id}) SET n.note = $note RETURN n.note AS note', ['id', 'note']);
const noteOf = async (id: string) =>
  (await db.run<{ note: unknown }>(adHocCypher('MATCH (n:Entity {id: $id}) RETURN n.note AS note', ['id']), { id }))[0]?.note;

describe(`engine errors (${testEngine})`, () => {
  it('a coded error thrown inside a write reaches the caller unchanged, and the write is undone', async () => {
    const notFound = new GraphQLError('No such thing.', { extensions: { code: 'NOT_FOUND' } });
    const thrown = await db
      .write(async (tx) => {
        await tx.run(note, { id: 'org:m1', note: 'half-written' });
        throw notFound;
      })
      .catch((e: unknown) => e);
    expect(thrown).toBe(notFound);
    expect(await noteOf('org:m1')).toBeNull();
  });

  it('a coded error thrown inside a read reaches the caller unchanged', async () => {
    const forbidden = new GraphQLError('No.', { extensions: { code: 'FORBIDDEN' } });
    expect(await db.read(async () => Promise.reject(forbidden)).catch((e: unknown) => e)).toBe(forbidden);
  });

  it('a broken statement is a QUERY error naming it', async () => {
    const thrown = (await db.run(adHocCypher('MATCH (n RETURN n')).catch((e: unknown) => e)) as DbError;
    expect(thrown).toBeInstanceOf(DbError);
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.message).toContain('test/ad-hoc');
  });

  it('a second node with a taken id is a CONSTRAINT error, and nothing is written', async () => {
    const create = adHocCypher("CREATE (n:Entity:Organisation {id: $id, name: 'dup'}) RETURN n.id AS id", ['id']);
    const thrown = (await db.write((tx) => tx.run(create, { id: 'org:m1' })).catch((e: unknown) => e)) as DbError;
    expect(thrown.kind).toBe('CONSTRAINT');
    const [row] = await db.run<{ n: number }>(adHocCypher('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', ['id']), { id: 'org:m1' });
    expect(row!.n).toBe(1);
  });

  it('an undefined parameter is refused before it reaches the engine', async () => {
    const thrown = (await db.run(note, { id: 'org:m1', note: undefined }).catch((e: unknown) => e)) as DbError;
    expect(thrown.kind).toBe('QUERY');
    expect(thrown.message).toContain('$note');
    expect(await noteOf('org:m1')).toBeNull();
  });

  // Neo4j locks: the deadlock it detects is retried by the driver, so both get through. The
  // embedded engine refuses the second writer of a node at once (first writer wins) and retries
  // a few times; a writer may still lose with CONFLICT, never half-written.
  it('two writers taking the same two nodes in opposite order: each wholly or not at all, on Neo4j both get through', async () => {
    const barrier = () => {
      let open!: () => void;
      return { reached: new Promise<void>((r) => (open = r)), open: () => open() };
    };
    const aWrote = barrier();
    const bWrote = barrier();
    const t1 = db.write(async (tx) => {
      await tx.run(note, { id: 'org:m1', note: 'T1' });
      aWrote.open();
      await bWrote.reached;
      await tx.run(note, { id: 'org:m2', note: 'T1' });
      return 'T1';
    });
    const t2 = db.write(async (tx) => {
      await aWrote.reached;
      await tx.run(note, { id: 'org:m2', note: 'T2' });
      bWrote.open();
      await tx.run(note, { id: 'org:m1', note: 'T2' });
      return 'T2';
    });
    const outcomes = await Promise.all([t1, t2].map((t) => t.catch((e: unknown) => e)));
    const won = outcomes.filter((o): o is string => typeof o === 'string');
    for (const lost of outcomes.filter((o) => typeof o !== 'string')) expect((lost as DbError).kind).toBe('CONFLICT');
    // On the embedded engine both may even lose, when their retries collide again (seen on a
    // loaded machine); what must hold is that neither is half-written.
    if (testEngine === 'neo4j') expect(won.sort()).toEqual(['T1', 'T2']);
    // Each transaction wholly or not at all: the two notes are of one writer, the one that won last.
    const notes = [await noteOf('org:m1'), await noteOf('org:m2')];
    expect(notes[0]).toBe(notes[1]);
    if (won.length > 0) expect(won).toContain(notes[0]);
    else expect(notes[0]).toBeNull();
  });

  it('a closed store answers UNAVAILABLE', async () => {
    const other = await openTestDb();
    await other.db.close();
    expect(((await other.db.run(queries.counts).catch((e: unknown) => e)) as DbError).kind).toBe('UNAVAILABLE');
  });

  it('a Neo4j that does not answer is UNAVAILABLE at start', async () => {
    const nobody = Neo4jGraphDb.open({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: 'x', database: 'neo4j' }, queries.schemaNeo4j);
    try {
      expect(((await nobody.ping().catch((e: unknown) => e)) as DbError).kind).toBe('UNAVAILABLE');
    } finally {
      await nobody.close();
    }
  });
});
