import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { QUERY_FILES, type QueryCatalog, type QueryKey } from '../../api/src/db/queries.js';
import { repoRoot } from '../../api/src/paths.js';
import { loadSeedDir } from '../../seed/load-dataset.js';
import { openTestDb } from '../support/test-app.js';

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

const cases: Partial<Record<QueryKey, () => Promise<void>>> = {
  // Schema statements run at open; running them again must be a no-op on the engine in use.
  schemaEmbedded: async () => {
    if (db.engine === 'embedded') await db.applySchema();
  },
  schemaNeo4j: async () => {
    if (db.engine === 'neo4j') await db.applySchema();
  },
  counts: async () => {
    expect(await db.run(queries.counts)).toEqual([{ nodes: 6, relationships: 5 }]);
  },
  existingIds: async () => {
    const rows = await db.run(queries.existingIds, { ids: ['org:m1', 'org:nope'] });
    expect(rows).toEqual([{ id: 'org:m1', label: 'Organisation' }]);
  },
  organisationList: async () => {
    const rows = await db.run<{ organisation: { id: string } }>(queries.organisationList, { kinds: ['MUNICIPALITY'], sectors: null });
    expect(rows.map((r) => r.organisation.id).sort()).toEqual(['org:m1', 'org:m2']);
    const all = await db.run(queries.organisationList, { kinds: null, sectors: ['REGION'] });
    expect(all).toHaveLength(3);
  },
  organisationsByIds: async () => {
    const [row] = await db.run<any>(queries.organisationsByIds, { ids: ['org:m1'] });
    expect(row.organisation).toMatchObject({ id: 'org:m1', name: 'Ærø Kommune', municipalityCode: '492', version: 1, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(row.parents).toEqual([{ relation: 'IN_CLUSTER', organisation: expect.objectContaining({ id: 'org:c' }) }]);
    expect(row.children).toEqual([{ relation: 'PART_OF', organisation: expect.objectContaining({ id: 'org:ppr' }) }]);
  },
  graphNodes: async () => {
    const [row] = await db.run<any>(queries.graphNodes, { labels: ['Organisation'], sectors: ['MUNICIPALITY'], limit: 2 });
    expect(row.total).toBe(3);
    expect(row.nodes.map((n: { id: string }) => n.id)).toEqual(['org:m1', 'org:m2']);
    expect(row.nodes[0].label).toBe('Organisation');
  },
  countUsers: async () => {
    expect(await db.run(queries.countUsers)).toEqual([{ users: 0 }]);
  },
  createUser: async () => {
    const [row] = await db.run(queries.createUser, {
      id: 'user:contract', email: 'c@example.dk', name: 'C', role: 'VIEWER', scopeId: null, passwordHash: 'scrypt$x', now: '2026-01-01T00:00:00.000Z',
    });
    expect(row).toEqual({ user: { id: 'user:contract', email: 'c@example.dk', name: 'C', role: 'VIEWER', scopeId: null } });
  },
  userByEmail: async () => {
    const [row] = await db.run<any>(queries.userByEmail, { email: 'c@example.dk' });
    expect(row.user).toMatchObject({ id: 'user:contract', passwordHash: 'scrypt$x' });
    expect(await db.run(queries.userByEmail, { email: 'nobody@example.dk' })).toEqual([]);
  },
  createSession: async () => {
    const params = { userId: 'user:contract', now: '2026-01-01T00:00:00.000Z' };
    expect(await db.run(queries.createSession, { ...params, id: 'session:live', tokenHash: 'live', expiresAt: '2999-01-01T00:00:00.000Z' })).toEqual([{ id: 'session:live' }]);
    expect(await db.run(queries.createSession, { ...params, id: 'session:old', tokenHash: 'old', expiresAt: '2000-01-01T00:00:00.000Z' })).toEqual([{ id: 'session:old' }]);
  },
  viewerByToken: async () => {
    const [row] = await db.run<any>(queries.viewerByToken, { tokenHash: 'live', now: '2026-06-01T00:00:00.000Z' });
    expect(row).toEqual({ sessionId: 'session:live', user: expect.objectContaining({ id: 'user:contract', role: 'VIEWER' }) });
    expect(await db.run(queries.viewerByToken, { tokenHash: 'old', now: '2026-06-01T00:00:00.000Z' })).toEqual([]);
  },
  deleteSession: async () => {
    await db.run(queries.deleteSession, { id: 'session:live', now: '2026-06-01T00:00:00.000Z' });
    expect(await db.run(queries.viewerByToken, { tokenHash: 'live', now: '2026-06-01T00:00:00.000Z' })).toEqual([]);
    // The expired session was swept in the same statement.
    expect(await db.run(queries.viewerByToken, { tokenHash: 'old', now: '1999-01-01T00:00:00.000Z' })).toEqual([]);
  },
  graphEdges: async () => {
    const rows = await db.run(queries.graphEdges, { ids: ['org:m1', 'org:c', 'org:ppr'], types: ['IN_CLUSTER'] });
    expect(rows).toEqual([{ id: 'rel:m1-c', type: 'IN_CLUSTER', source: 'org:m1', target: 'org:c', props: expect.objectContaining({ id: 'rel:m1-c' }) }]);
  },
};

describe(`query contract on the engine in use`, () => {
  it('has a case for every named query', () => {
    expect(Object.keys(QUERY_FILES).filter((k) => !(k in cases))).toEqual([]);
  });

  it.each(Object.keys(cases))('%s', async (key) => {
    await cases[key as QueryKey]!();
  });

  it('merge templates create once, then leave unchanged records alone', async () => {
    const rows = [{ id: 'org:x', hash: 'h1', props: { name: 'X', kind: 'REGION', sector: 'REGION' } }];
    const first = await db.run(queries.mergeNodes.Organisation, { rows, now: '2026-01-02T00:00:00.000Z' });
    expect(first).toEqual([{ created: 1, updated: 0 }]);
    expect(await db.run(queries.mergeNodes.Organisation, { rows, now: '2026-01-03T00:00:00.000Z' })).toEqual([{ created: 0, updated: 0 }]);
    const changed = [{ ...rows[0], hash: 'h2', props: { ...rows[0]!.props, name: 'X2' } }];
    expect(await db.run(queries.mergeNodes.Organisation, { rows: changed, now: '2026-01-04T00:00:00.000Z' })).toEqual([{ created: 0, updated: 1 }]);
    const [x] = await db.run<any>(queries.organisationsByIds, { ids: ['org:x'] });
    expect(x.organisation).toMatchObject({ name: 'X2', version: 2, createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-04T00:00:00.000Z' });
    expect(x.organisation.isNew).toBeUndefined();
    const rel = [{ id: 'rel:x-r', from: 'org:x', to: 'org:r', hash: 'r1', props: {} }];
    expect(await db.run(queries.mergeRelationships.PART_OF, { rows: rel })).toEqual([{ created: 1, updated: 0 }]);
    expect(await db.run(queries.mergeRelationships.PART_OF, { rows: rel })).toEqual([{ created: 0, updated: 0 }]);
  });
});
