import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { QUERY_FILES, type QueryCatalog, type QueryKey } from '../../api/src/queries.js';
import { repoRoot } from '../../api/src/paths.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openTestDb } from '../support/test-app.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import type { ContractEnv } from './contract/contract-case.js';
import { CASE_SETS } from './contract/case-sets.js';

/**
 * Every named query run on the engine the environment selects (embedded by default,
 * Neo4j with NEO4J_URI) against a small known dataset, with its expected result.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'contract');

let db: GraphDb;
let queries: QueryCatalog;

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, FIXTURE, { now: '2026-01-01T00:00:00.000Z' });
});
afterAll(() => db?.close());

describe('query contract: every named query has a case', () => {
  it('has a case for every named query, in exactly one set', () => {
    const covered = CASE_SETS.flatMap((set) => Object.keys(set.cases));
    expect(Object.keys(QUERY_FILES).filter((k) => !covered.includes(k))).toEqual([]);
    expect(covered.filter((k, i) => covered.indexOf(k) !== i)).toEqual([]);
  });
});

describe('query contract on the Central Denmark seed', () => {
  const env = {} as ContractEnv;
  beforeAll(async () => {
    Object.assign(env, await openTestDb());
    await loadSeedDir(env.db, env.queries, DEFAULT_DATASET, { now: '2026-01-01T00:00:00.000Z' });
  });
  afterAll(() => env.db?.close());

  for (const set of CASE_SETS.filter((s) => s.dataset === 'central-denmark')) {
    describe(set.name, () => {
      it.each(Object.keys(set.cases))('%s', async (key) => {
        await set.cases[key as QueryKey]!(env);
      });
    });
  }
});

describe(`query contract on the engine in use`, () => {
  for (const set of CASE_SETS.filter((s) => s.dataset === 'fixture')) {
    describe(set.name, () => {
      it.each(Object.keys(set.cases))('%s', async (key) => {
        await set.cases[key as QueryKey]!({ db, queries });
      });
    });
  }

  it('merge templates create once, then leave unchanged records alone', async () => {
    const rows = [{ id: 'org:x', hash: 'h1', props: { name: 'X', kind: 'REGION', sector: 'REGION' } }];
    const first = await db.run(queries.mergeNodes.Organisation, { rows, now: '2026-01-02T00:00:00.000Z' });
    expect(first).toEqual([{ created: 1, updated: 0 }]);
    expect(await db.run(queries.mergeNodes.Organisation, { rows, now: '2026-01-03T00:00:00.000Z' })).toEqual([{ created: 0, updated: 0 }]);
    const changed = [{ ...rows[0], hash: 'h2', props: { ...rows[0]!.props, name: 'X2' } }];
    expect(await db.run(queries.mergeNodes.Organisation, { rows: changed, now: '2026-01-04T00:00:00.000Z' })).toEqual([{ created: 0, updated: 1 }]);
    const [x] = await db.run<{ organisation: Record<string, unknown> }>(queries.organisationsByIds, { ids: ['org:x'] });
    expect(x!.organisation).toMatchObject({ name: 'X2', version: 2, createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-04T00:00:00.000Z' });
    expect(x!.organisation.isNew).toBeUndefined();
    const rel = [{ id: 'rel:x-r', from: 'org:x', to: 'org:r', hash: 'r1', props: {} }];
    expect(await db.run(queries.mergeRelationships.PART_OF, { rows: rel })).toEqual([{ created: 1, updated: 0 }]);
    expect(await db.run(queries.mergeRelationships.PART_OF, { rows: rel })).toEqual([{ created: 0, updated: 0 }]);
  });

  it('restore templates write nodes and relationships exactly as given', async () => {
    const props = { id: 'org:restored', name: 'Gendannet', kind: 'REGION', sector: 'REGION', version: 7, createdAt: '2020-01-01T00:00:00.000Z' };
    expect(await db.run(queries.restoreNodes.Organisation, { rows: [{ id: 'org:restored', props }] })).toEqual([{ written: 1 }]);
    const [node] = await db.run<unknown>(queries.nodeState, { id: 'org:restored' });
    expect(node).toMatchObject({ label: 'Organisation', props });
    const rel = { id: 'rel:restored', from: 'org:restored', to: 'org:r', props: { id: 'rel:restored', version: 3 } };
    expect(await db.run(queries.restoreRelationships.PART_OF, { rows: [rel] })).toEqual([{ written: 1 }]);
    expect(await db.run(queries.relationshipState, { id: 'rel:restored' })).toEqual([
      { id: 'rel:restored', type: 'PART_OF', from: 'org:restored', to: 'org:r', props: rel.props },
    ]);
  });

  it('an import’s templates find stored nodes by name and links between pairs', async () => {
    const named = await db.run<{ id: string; props: Record<string, unknown> }>(queries.namedNodes.Organisation, {
      names: ['Testklyngen', 'BUA Test', 'Ingen'],
    });
    expect(named.map((r) => r.id).sort()).toEqual(['org:bua', 'org:c']);
    expect(named.find((r) => r.id === 'org:c')!.props).toMatchObject({ id: 'org:c', name: 'Testklyngen' });
    expect(await db.run(queries.namedNodes.Person, { names: ['Testklyngen'] })).toEqual([]);
    const links = await db.run<{ id: string; from: string; to: string; props: Record<string, unknown> }>(queries.linksBetween.IN_CLUSTER, {
      pairs: [
        ['org:m1', 'org:c'],
        ['org:c', 'org:m1'],
        ['org:none', 'org:c'],
      ],
    });
    expect(links.map(({ id, from, to }) => ({ id, from, to }))).toEqual([{ id: 'rel:m1-c', from: 'org:m1', to: 'org:c' }]);
    expect(links[0]!.props).toMatchObject({ id: 'rel:m1-c' });
  });

  it('create templates make one node and one relationship with version 1', async () => {
    const now = '2026-03-01T00:00:00.000Z';
    const [node] = await db.run<unknown>(queries.createNode.Person, {
      id: 'person:contract',
      props: { name: 'Kontrakt Person', fictitious: true },
      now,
      version: null,
    });
    expect(node).toEqual({
      label: 'Person',
      props: { id: 'person:contract', name: 'Kontrakt Person', fictitious: true, createdAt: now, updatedAt: now, version: 1 },
    });
    const [rel] = await db.run<unknown>(queries.createRelationship.WORKS_IN, {
      id: 'rel:contract',
      from: 'person:contract',
      to: 'org:m1',
      props: { role: 'Psykolog' },
      now,
    });
    expect(rel).toMatchObject({ id: 'rel:contract', type: 'WORKS_IN', from: 'person:contract', to: 'org:m1', props: { role: 'Psykolog', version: 1 } });
  });
});
