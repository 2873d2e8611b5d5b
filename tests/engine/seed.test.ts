import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../support/test-app.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { readCypherDir, type CypherQuery } from '../../api/src/db/query-catalog.js';
import { cypherDir } from '../../api/src/paths.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { SeedError } from '../../api/src/dataset/read-dataset.js';

const checks = readCypherDir(path.join(cypherDir, 'dataset-checks'));
const check = (name: string): CypherQuery => {
  const q = checks.get(name);
  if (!q) throw new Error(`cypher/dataset-checks/${name}.cypher is missing`);
  return q;
};

async function counts(db: GraphDb, queries: QueryCatalog) {
  const [row] = await db.run<{ nodes: number; relationships: number }>(queries.counts);
  return row!;
}

describe('loading the Central Denmark dataset', () => {
  let db: GraphDb;
  let queries: QueryCatalog;
  beforeAll(async () => ({ db, queries } = await openTestDb()));
  afterAll(() => db.close());

  it('a second load changes nothing: every count stays, nothing is created or updated', async () => {
    const first = await loadSeedDir(db, queries, DEFAULT_DATASET);
    expect(first.nodesCreated).toBeGreaterThan(500);
    expect(first.relationshipsCreated).toBeGreaterThan(1000);
    const before = await counts(db, queries);
    expect(before).toEqual({ nodes: first.nodesCreated, relationships: first.relationshipsCreated });

    const second = await loadSeedDir(db, queries, DEFAULT_DATASET);
    expect(second).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    expect(await counts(db, queries)).toEqual(before);
  });

  it('answers in one statement which perspectives the Randers implementation group lacks: school and KUI', async () => {
    const [row] = await db.run(check('missing-perspectives'), { groupId: 'group:implementeringsgruppe-randers', asOf: '2024-04-01' });
    expect(row!.missing).toEqual(['SCHOOL', 'YOUTH_GUIDANCE']);
    expect(row!.covered).toEqual(['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL']);
    // A full group, for contrast, and a membership that has ended does not count.
    const [horsens] = await db.run(check('missing-perspectives'), { groupId: 'group:implementeringsgruppe-horsens', asOf: '2024-09-01' });
    expect(horsens!.missing).toEqual([]);
    const [before] = await db.run(check('missing-perspectives'), { groupId: 'group:implementeringsgruppe-horsens', asOf: '2024-01-01' });
    expect(before!.missing).toEqual([]); // the treatment offer (from July 2024) is not required
  });

  it("answers in one statement Norddjurs' status on element 2 in February 2023: blue, inferred, from document 003", async () => {
    const [row] = await db.run(check('status-as-of'), { organisationId: 'org:municipality-norddjurs', elementId: 'element:mistrivsel-2', asOf: '2023-02-28' });
    expect(row).toMatchObject({ organisation: 'Norddjurs Kommune', element: 2, level: 'BLUE', asOf: '2023-02-24', inferred: true, sourceDate: '2023-02-24' });
    expect(row!.source).toMatch(/^003 /);
    expect(row!.note).toMatch(/ligger først og fremmest hos BUA/);
    // History: a later status replaces it, and before February 2023 there was none.
    const [later] = await db.run(check('status-as-of'), {
      organisationId: 'org:municipality-norddjurs',
      elementId: 'element:mistrivsel-2',
      asOf: '2024-12-31',
    });
    expect(later).toMatchObject({ level: 'YELLOW', asOf: '2024-04-01' });
    expect(
      await db.run(check('status-as-of'), { organisationId: 'org:municipality-norddjurs', elementId: 'element:mistrivsel-2', asOf: '2023-01-31' }),
    ).toEqual([]);
  });

  it('answers in one statement which municipality in the Randers cluster has no established correspondence channel', async () => {
    const rows = await db.run(check('municipalities-without-established-correspondence'), { clusterId: 'org:cluster-randers' });
    expect(rows).toEqual([{ id: 'org:municipality-syddjurs', municipality: 'Syddjurs Kommune', channelStatuses: ['IN_PROGRESS'] }]);
  });
});

describe('a broken record', () => {
  let tmp: string;
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('in the middle of a file fails the whole load, naming file, record and field, and writes nothing', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-broken-'));
    for (const f of fs.readdirSync(DEFAULT_DATASET)) fs.copyFileSync(path.join(DEFAULT_DATASET, f), path.join(tmp, f));
    const file = path.join(tmp, '05-people.json');
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Array<Record<string, unknown>> };
    const middle = Math.floor(content.nodes.length / 2);
    const victim = content.nodes[middle]!;
    victim.email = 'not-an-email';
    fs.writeFileSync(file, JSON.stringify(content));

    const { db, queries } = await openTestDb();
    try {
      const error = await loadSeedDir(db, queries, tmp).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SeedError);
      const issues = (error as SeedError).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: '05-people.json', record: `node #${middle + 1} (id "${victim.id as string}")`, field: 'email' });
      expect((error as SeedError).message).toContain(`05-people.json node #${middle + 1} (id "${victim.id as string}") field "email"`);
      expect(await counts(db, queries)).toEqual({ nodes: 0, relationships: 0 });
    } finally {
      await db.close();
    }
  });

  it('with a relationship to an unknown node fails too, and writes nothing', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-broken-'));
    for (const f of fs.readdirSync(DEFAULT_DATASET)) fs.copyFileSync(path.join(DEFAULT_DATASET, f), path.join(tmp, f));
    const file = path.join(tmp, '06-memberships.json');
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as { relationships: Array<Record<string, unknown>> };
    const middle = Math.floor(content.relationships.length / 2);
    content.relationships[middle]!.to = 'group:does-not-exist';
    fs.writeFileSync(file, JSON.stringify(content));

    const { db, queries } = await openTestDb();
    try {
      const error = (await loadSeedDir(db, queries, tmp).catch((e: unknown) => e)) as SeedError;
      expect(error.issues).toEqual([
        expect.objectContaining({
          file: '06-memberships.json',
          record: expect.stringContaining(`relationship #${middle + 1}`),
          field: 'to',
          message: 'no node with id "group:does-not-exist"',
        }),
      ]);
      expect(await counts(db, queries)).toEqual({ nodes: 0, relationships: 0 });
    } finally {
      await db.close();
    }
  });
});
