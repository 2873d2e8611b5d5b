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
  nodeState: async () => {
    const [row] = await db.run<any>(queries.nodeState, { id: 'org:m1' });
    expect(row.label).toBe('Organisation');
    expect(row.props).toMatchObject({ id: 'org:m1', version: 1 });
    expect(row.relationships.map((r: { id: string }) => r.id).sort()).toEqual(['rel:m1-c', 'rel:ppr-m1']);
  },
  updateNode: async () => {
    const params = { id: 'org:m2', props: { phone: '+45 70 10 20 30', shortName: null }, now: '2026-02-01T00:00:00.000Z' };
    expect(await db.run(queries.updateNode, { ...params, version: 7 })).toEqual([]);
    const [row] = await db.run<any>(queries.updateNode, { ...params, version: 1 });
    expect(row.props).toMatchObject({ id: 'org:m2', phone: '+45 70 10 20 30', version: 2, updatedAt: '2026-02-01T00:00:00.000Z' });
  },
  replaceNode: async () => {
    const [row] = await db.run<any>(queries.replaceNode, { id: 'org:m2', version: 2, props: { name: 'Aabenraa Kommune', kind: 'MUNICIPALITY', sector: 'MUNICIPALITY', municipalityCode: '580' }, now: '2026-02-02T00:00:00.000Z' });
    expect(row.props.phone).toBeUndefined();
    expect(row.props).toMatchObject({ id: 'org:m2', version: 3, createdAt: '2026-01-01T00:00:00.000Z' });
  },
  relationshipState: async () => {
    expect(await db.run(queries.relationshipState, { id: 'rel:ppr-m1' })).toEqual([
      { id: 'rel:ppr-m1', type: 'PART_OF', from: 'org:ppr', to: 'org:m1', props: expect.objectContaining({ since: '2020-01-01' }) },
    ]);
  },
  updateRelationship: async () => {
    const [row] = await db.run<any>(queries.updateRelationship, { id: 'rel:ppr-m1', version: 1, props: { until: '2030-01-01' }, now: '2026-02-01T00:00:00.000Z' });
    expect(row.props).toMatchObject({ until: '2030-01-01', version: 2 });
    expect(await db.run(queries.updateRelationship, { id: 'rel:ppr-m1', version: 1, props: {}, now: '2026-02-01T00:00:00.000Z' })).toEqual([]);
  },
  scopeMembers: async () => {
    const rows = await db.run<{ id: string }>(queries.scopeMembers, { scopeId: 'org:c', ids: ['org:m1', 'org:ppr', 'org:bua', 'org:c'] });
    expect(rows.map((r) => r.id).sort()).toEqual(['org:c', 'org:m1', 'org:ppr']);
  },
  recordChange: async () => {
    const base = { actor: 'user:contract', entityId: 'org:m2', entityLabel: 'Organisation', before: null, after: '{"a":1}' };
    expect(await db.run(queries.recordChange, { ...base, id: 'change:1', at: '2026-02-01T00:00:00.000Z', operation: 'CREATE' })).toEqual([{ id: 'change:1' }]);
    await db.run(queries.recordChange, { ...base, id: 'change:2', at: '2026-02-02T00:00:00.000Z', operation: 'UPDATE' });
  },
  history: async () => {
    const rows = await db.run<any>(queries.history, { entityId: 'org:m2', limit: 10 });
    expect(rows.map((r: any) => r.change.id)).toEqual(['change:2', 'change:1']);
    expect(await db.run(queries.history, { entityId: 'org:m2', limit: 1 })).toHaveLength(1);
  },
  changeById: async () => {
    const [row] = await db.run<any>(queries.changeById, { id: 'change:1' });
    expect(row.change).toMatchObject({ operation: 'CREATE', after: '{"a":1}' });
  },
  deleteRelationship: async () => {
    expect(await db.run(queries.deleteRelationship, { id: 'rel:ppr-m1', version: 1 })).toEqual([{ deleted: 0 }]);
    expect(await db.run(queries.deleteRelationship, { id: 'rel:ppr-m1', version: 2 })).toEqual([{ deleted: 1 }]);
  },
  deleteNode: async () => {
    expect(await db.run(queries.deleteNode, { id: 'org:ppr', version: 9 })).toEqual([{ deleted: 0 }]);
    expect(await db.run(queries.deleteNode, { id: 'org:ppr', version: 1 })).toEqual([{ deleted: 1 }]);
    expect(await db.run(queries.nodeState, { id: 'org:ppr' })).toEqual([]);
  },
  exportNodes: async () => {
    const rows = await db.run<any>(queries.exportNodes);
    expect(rows.map((r: any) => r.props.id)).toEqual([...rows.map((r: any) => r.props.id)].sort());
    expect(rows.find((r: any) => r.props.id === 'org:m1')).toEqual({ label: 'Organisation', props: expect.objectContaining({ name: 'Ærø Kommune', version: 1 }) });
  },
  exportRelationships: async () => {
    const rows = await db.run<any>(queries.exportRelationships);
    expect(rows.find((r: any) => r.props.id === 'rel:m1-c')).toEqual({ type: 'IN_CLUSTER', from: 'org:m1', to: 'org:c', props: expect.objectContaining({ id: 'rel:m1-c' }) });
  },
  exportChanges: async () => {
    const rows = await db.run<any>(queries.exportChanges);
    expect(rows.map((r: any) => r.change.id)).toEqual(['change:1', 'change:2']);
  },
  restoreChanges: async () => {
    await db.run(queries.restoreChanges, { rows: [{ id: 'change:0', at: '2025-01-01T00:00:00.000Z', operation: 'CREATE', actor: 'x', entityId: 'org:r', entityLabel: 'Organisation' }] });
    const [row] = await db.run<any>(queries.changeById, { id: 'change:0' });
    expect(row.change).toMatchObject({ entityId: 'org:r', operation: 'CREATE' });
  },
  nodesByLabel: async () => {
    const rows = await db.run<any>(queries.nodesByLabel, { label: 'Organisation' });
    expect(rows.map((r: any) => r.props.id)).toContain('org:bua');
    expect(await db.run(queries.nodesByLabel, { label: 'Pathway' })).toEqual([]);
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

  it('restore templates write nodes and relationships exactly as given', async () => {
    const props = { id: 'org:restored', name: 'Gendannet', kind: 'REGION', sector: 'REGION', version: 7, createdAt: '2020-01-01T00:00:00.000Z' };
    expect(await db.run(queries.restoreNodes.Organisation, { rows: [{ id: 'org:restored', props }] })).toEqual([{ written: 1 }]);
    const [node] = await db.run<any>(queries.nodeState, { id: 'org:restored' });
    expect(node).toMatchObject({ label: 'Organisation', props });
    const rel = { id: 'rel:restored', from: 'org:restored', to: 'org:r', props: { id: 'rel:restored', version: 3 } };
    expect(await db.run(queries.restoreRelationships.PART_OF, { rows: [rel] })).toEqual([{ written: 1 }]);
    expect(await db.run(queries.relationshipState, { id: 'rel:restored' })).toEqual([{ id: 'rel:restored', type: 'PART_OF', from: 'org:restored', to: 'org:r', props: rel.props }]);
  });

  it('create templates make one node and one relationship with version 1', async () => {
    const now = '2026-03-01T00:00:00.000Z';
    const [node] = await db.run<any>(queries.createNode.Person, { id: 'person:contract', props: { name: 'Kontrakt Person', fictitious: true }, now });
    expect(node).toEqual({ label: 'Person', props: { id: 'person:contract', name: 'Kontrakt Person', fictitious: true, createdAt: now, updatedAt: now, version: 1 } });
    const [rel] = await db.run<any>(queries.createRelationship.WORKS_IN, { id: 'rel:contract', from: 'person:contract', to: 'org:m1', props: { role: 'Psykolog' }, now });
    expect(rel).toMatchObject({ id: 'rel:contract', type: 'WORKS_IN', from: 'person:contract', to: 'org:m1', props: { role: 'Psykolog', version: 1 } });
  });
});
