import { expect } from 'vitest';
import type { ContractCases } from './contract-case.js';
import { first } from './rows.js';

type Props = Record<string, unknown>;
interface Ref {
  id: string;
}
interface OrganisationsByIdsRow {
  organisation: Props;
  parents: Array<{ relation: string; organisation: Ref }>;
  children: Array<{ relation: string; organisation: Ref }>;
}
interface GraphNodesRow {
  total: number;
  nodes: Array<{ id: string; label: string; props: Record<string, unknown> }>;
}
/** A stored user as the statements return it: with the hash only from userByEmail. */
interface UserRow {
  user: Ref & { passwordHash?: string } & Props;
}
type UserByEmailRow = UserRow;
type ListUsersRow = UserRow;
type UpdateUserRow = UserRow;
interface ViewerByTokenRow {
  sessionId: string;
  user: Props;
}
interface NodeStateRow {
  label: string;
  props: Props;
  relationships: Ref[];
}
interface PropsRow {
  props: Props;
}
type UpdateNodeRow = PropsRow;
type ReplaceNodeRow = PropsRow;
type UpdateRelationshipRow = PropsRow;
/** An audit entry; a node's has no ends, a link's names both. */
interface ChangeRow {
  change: Ref & { operation: string; entityId: string; fromId?: string; toId?: string } & Props;
}
type HistoryRow = ChangeRow;
type ChangeByIdRow = ChangeRow;
type ExportChangesRow = ChangeRow;
interface ExportNodesRow {
  label: string;
  props: Ref & Props;
}
interface ExportRelationshipsRow {
  type: string;
  from: string;
  to: string;
  props: Ref & Props;
}
type NodesByLabelRow = ExportNodesRow;

/**
 * The foundation's statements on tests/fixtures/contract (six nodes, five relationships).
 * They run in this order and build on each other: a session created here is read, then deleted.
 */
export const fixtureCases: ContractCases = {
  // Schema statements run at open; running them again must be a no-op on the engine in use.
  schemaEmbedded: async ({ db, queries }) => {
    if (db.engine === 'embedded') await db.applySchema();
  },
  schemaNeo4j: async ({ db, queries }) => {
    if (db.engine === 'neo4j') await db.applySchema();
  },
  counts: async ({ db, queries }) => {
    expect(await db.run(queries.counts)).toEqual([{ nodes: 6, relationships: 5 }]);
  },
  existingIds: async ({ db, queries }) => {
    const rows = await db.run(queries.existingIds, { ids: ['org:m1', 'org:nope'] });
    expect(rows).toEqual([{ id: 'org:m1', label: 'Organisation' }]);
  },
  organisationList: async ({ db, queries }) => {
    const rows = await db.run<{ organisation: { id: string } }>(queries.organisationList, { kinds: ['MUNICIPALITY'], sectors: null });
    expect(rows.map((r) => r.organisation.id).sort()).toEqual(['org:m1', 'org:m2']);
    const all = await db.run(queries.organisationList, { kinds: null, sectors: ['REGION'] });
    expect(all).toHaveLength(3);
  },
  organisationsByIds: async ({ db, queries }) => {
    const row = first(await db.run<OrganisationsByIdsRow>(queries.organisationsByIds, { ids: ['org:m1'] }));
    expect(row.organisation).toMatchObject({ id: 'org:m1', name: 'Ærø Kommune', municipalityCode: '492', version: 1, createdAt: '2026-01-01T00:00:00.000Z' });
    expect(row.parents).toEqual([{ relation: 'IN_CLUSTER', organisation: expect.objectContaining({ id: 'org:c' }) }]);
    expect(row.children).toEqual([{ relation: 'PART_OF', organisation: expect.objectContaining({ id: 'org:ppr' }) }]);
  },
  graphNodes: async ({ db, queries }) => {
    const row = first(await db.run<GraphNodesRow>(queries.graphNodes, { labels: ['Organisation'], sectors: ['MUNICIPALITY'], limit: 2 }));
    expect(row.total).toBe(3);
    expect(row.nodes.map((n: { id: string }) => n.id)).toEqual(['org:m1', 'org:m2']);
    expect(row.nodes[0]!.label).toBe('Organisation');
  },
  graphNodesDrawing: async ({ db, queries }) => {
    // graph/nodes' rows with, of the properties, those a map draws by (absent ones null).
    const params = { labels: null, sectors: null, limit: 100 };
    const full = first(await db.run<GraphNodesRow>(queries.graphNodes, params));
    const lean = first(await db.run<GraphNodesRow>(queries.graphNodesDrawing, params));
    expect(lean.total).toBe(full.total);
    expect(lean.nodes).toEqual(
      full.nodes.map((n) => ({ ...n, props: pick(n.props, ['id', 'name', 'title', 'kind', 'sector', 'shortName', 'municipalityCode']) })),
    );
    expect(lean.nodes.find((n) => n.id === 'org:m1')!.props).toEqual({
      id: 'org:m1',
      name: 'Ærø Kommune',
      title: null,
      kind: 'MUNICIPALITY',
      sector: 'MUNICIPALITY',
      shortName: null,
      municipalityCode: '492',
    });
    const filtered = first(await db.run<GraphNodesRow>(queries.graphNodesDrawing, { labels: ['Organisation'], sectors: ['MUNICIPALITY'], limit: 2 }));
    expect([filtered.total, ...filtered.nodes.map((n) => n.id)]).toEqual([3, 'org:m1', 'org:m2']);
  },
  countUsers: async ({ db, queries }) => {
    expect(await db.run(queries.countUsers)).toEqual([{ users: 0 }]);
  },
  createUser: async ({ db, queries }) => {
    const [row] = await db.run(queries.createUser, {
      id: 'user:contract',
      email: 'c@example.dk',
      name: 'C',
      role: 'VIEWER',
      scopeId: null,
      passwordHash: 'scrypt$x',
      oidcSubject: null,
      now: '2026-01-01T00:00:00.000Z',
    });
    expect(row).toEqual({ user: { id: 'user:contract', email: 'c@example.dk', name: 'C', role: 'VIEWER', scopeId: null, version: 1 } });
  },
  userByEmail: async ({ db, queries }) => {
    const row = first(await db.run<UserByEmailRow>(queries.userByEmail, { email: 'c@example.dk' }));
    expect(row.user).toMatchObject({ id: 'user:contract', passwordHash: 'scrypt$x' });
    expect(row.user.oidcSubject ?? null).toBeNull();
    expect(await db.run(queries.userByEmail, { email: 'nobody@example.dk' })).toEqual([]);
  },
  bindOidcSubject: async ({ db, queries }) => {
    expect(await db.run(queries.bindOidcSubject, { id: 'user:contract', subject: 'https://login.example sub-1' })).toEqual([{ id: 'user:contract' }]);
    expect(first(await db.run<UserByEmailRow>(queries.userByEmail, { email: 'c@example.dk' })).user.oidcSubject).toBe('https://login.example sub-1');
    expect(await db.run(queries.bindOidcSubject, { id: 'user:nobody', subject: 'x y' })).toEqual([]);
  },
  actingRole: async ({ db, queries }) => {
    expect(await db.run(queries.actingRole, { id: 'user:contract' })).toEqual([{ role: 'VIEWER', scopeId: null }]);
    expect(await db.run(queries.actingRole, { id: 'user:nobody' })).toEqual([]);
  },
  createSession: async ({ db, queries }) => {
    const params = { userId: 'user:contract', now: '2026-01-01T00:00:00.000Z', passwordHash: null };
    // A password sign-in's session only while the account has the password that was checked.
    expect(
      await db.run(queries.createSession, {
        ...params,
        passwordHash: 'scrypt$other',
        id: 'session:stale',
        tokenHash: 'stale',
        expiresAt: '2999-01-01T00:00:00.000Z',
      }),
    ).toEqual([]);
    expect(
      await db.run(queries.createSession, {
        ...params,
        passwordHash: 'scrypt$x',
        id: 'session:checked',
        tokenHash: 'checked',
        expiresAt: '2000-01-02T00:00:00.000Z',
      }),
    ).toEqual([{ id: 'session:checked' }]);
    expect(await db.run(queries.createSession, { ...params, id: 'session:live', tokenHash: 'live', expiresAt: '2999-01-01T00:00:00.000Z' })).toEqual([
      { id: 'session:live' },
    ]);
    expect(await db.run(queries.createSession, { ...params, id: 'session:old', tokenHash: 'old', expiresAt: '2000-01-01T00:00:00.000Z' })).toEqual([
      { id: 'session:old' },
    ]);
  },
  viewerByToken: async ({ db, queries }) => {
    const row = first(await db.run<ViewerByTokenRow>(queries.viewerByToken, { tokenHash: 'live', now: '2026-06-01T00:00:00.000Z' }));
    expect(row).toEqual({ sessionId: 'session:live', user: expect.objectContaining({ id: 'user:contract', role: 'VIEWER' }) });
    expect(await db.run(queries.viewerByToken, { tokenHash: 'old', now: '2026-06-01T00:00:00.000Z' })).toEqual([]);
  },
  deleteSession: async ({ db, queries }) => {
    await db.run(queries.deleteSession, { id: 'session:live', now: '2026-06-01T00:00:00.000Z' });
    expect(await db.run(queries.viewerByToken, { tokenHash: 'live', now: '2026-06-01T00:00:00.000Z' })).toEqual([]);
    // The expired session was swept in the same statement.
    expect(await db.run(queries.viewerByToken, { tokenHash: 'old', now: '1999-01-01T00:00:00.000Z' })).toEqual([]);
  },
  listUsers: async ({ db, queries }) => {
    const rows = await db.run<ListUsersRow>(queries.listUsers);
    expect(rows).toEqual([{ user: expect.objectContaining({ id: 'user:contract', email: 'c@example.dk', version: 1 }) }]);
    expect(rows[0]!.user.passwordHash).toBeUndefined();
  },
  userById: async ({ db, queries }) => {
    expect(await db.run(queries.userById, { id: 'user:contract' })).toEqual([{ user: expect.objectContaining({ role: 'VIEWER', version: 1 }) }]);
    expect(await db.run(queries.userById, { id: 'user:nobody' })).toEqual([]);
  },
  updateUser: async ({ db, queries }) => {
    const base = { id: 'user:contract', name: null, role: 'EDITOR', setScope: true, scopeId: 'org:c', passwordHash: null, now: '2026-06-01T00:00:00.000Z' };
    expect(await db.run(queries.updateUser, { ...base, version: 7 })).toEqual([]);
    const row = first(await db.run<UpdateUserRow>(queries.updateUser, { ...base, version: 1 }));
    expect(row.user).toMatchObject({ name: 'C', role: 'EDITOR', scopeId: 'org:c', version: 2, updatedAt: '2026-06-01T00:00:00.000Z' });
    const kept = first(await db.run<UpdateUserRow>(queries.updateUser, { ...base, version: 2, role: null, setScope: false, scopeId: null }));
    expect(kept.user).toMatchObject({ role: 'EDITOR', scopeId: 'org:c', version: 3 });
    const { user } = first(await db.run<UserByEmailRow>(queries.userByEmail, { email: 'c@example.dk' }));
    expect(user.passwordHash).toBe('scrypt$x');
  },
  endUserSessions: async ({ db, queries }) => {
    await db.run(queries.createSession, {
      userId: 'user:contract',
      passwordHash: null,
      now: '2026-06-01T00:00:00.000Z',
      id: 'session:again',
      tokenHash: 'again',
      expiresAt: '2999-01-01T00:00:00.000Z',
    });
    expect(await db.run(queries.endUserSessions, { id: 'user:contract' })).toEqual([{ ended: 1 }]);
    expect(await db.run(queries.viewerByToken, { tokenHash: 'again', now: '2026-06-01T00:00:00.000Z' })).toEqual([]);
  },
  deleteUser: async ({ db, queries }) => {
    await db.run(queries.createUser, {
      id: 'user:gone',
      email: 'gone@example.dk',
      name: 'G',
      role: 'VIEWER',
      scopeId: null,
      passwordHash: 'scrypt$y',
      oidcSubject: null,
      now: '2026-01-01T00:00:00.000Z',
    });
    expect(await db.run(queries.deleteUser, { id: 'user:gone', version: 2 })).toEqual([{ deleted: 0 }]);
    expect(await db.run(queries.deleteUser, { id: 'user:gone', version: 1 })).toEqual([{ deleted: 1 }]);
    expect(await db.run(queries.userById, { id: 'user:gone' })).toEqual([]);
  },
  graphEdges: async ({ db, queries }) => {
    const rows = await db.run(queries.graphEdges, { ids: ['org:m1', 'org:c', 'org:ppr'], types: ['IN_CLUSTER'] });
    // The relationship's id is the one among its properties (no id column beside it).
    expect(rows).toEqual([{ type: 'IN_CLUSTER', source: 'org:m1', target: 'org:c', props: expect.objectContaining({ id: 'rel:m1-c' }) }]);
    // Every relationship leaving the nodes, once each however often a node is asked about, also
    // to a node not asked about (the reader drops those and sorts the rest).
    const out = await db.run<{ source: string; target: string; props: { id: string } }>(queries.graphEdges, {
      ids: ['org:ppr', 'org:m1', 'org:ppr'],
      types: null,
    });
    expect(out.map((r) => `${r.source}-${r.props.id}>${r.target}`).sort()).toEqual(['org:m1-rel:m1-c>org:c', 'org:ppr-rel:ppr-m1>org:m1']);
  },
  graphEdgesDrawing: async ({ db, queries }) => {
    // graph/edges' rows with, of the properties, the id and the level as columns (level null when absent).
    const params = { ids: ['org:ppr', 'org:m1', 'org:c', 'org:ppr'], types: null };
    type Row = { type: string; source: string; target: string; props: Record<string, unknown> & { id: string } };
    const key = (r: { source: string; target: string; type: string }) => `${r.source} ${r.type} ${r.target}`;
    const full = (await db.run<Row>(queries.graphEdges, params)).map((r) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      id: r.props.id,
      level: r.props.level ?? null,
    }));
    const lean = await db.run<{ type: string; source: string; target: string; id: string; level: unknown }>(queries.graphEdgesDrawing, params);
    expect(lean.length).toBeGreaterThan(0);
    expect([...lean].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(full.sort((a, b) => key(a).localeCompare(key(b))));
    expect(await db.run(queries.graphEdgesDrawing, { ids: ['org:m1', 'org:c', 'org:ppr'], types: ['IN_CLUSTER'] })).toEqual([
      { type: 'IN_CLUSTER', source: 'org:m1', target: 'org:c', id: 'rel:m1-c', level: null },
    ]);
  },
  nodeLinked: async ({ db, queries }) => {
    expect(await db.run(queries.nodeLinked, { id: 'org:m1' })).toEqual([{ linked: true, name: 'Ærø Kommune' }]);
    expect(await db.run(queries.nodeLinked, { id: 'org:nobody' })).toEqual([]);
  },
  nodeState: async ({ db, queries }) => {
    const row = first(await db.run<NodeStateRow>(queries.nodeState, { id: 'org:m1' }));
    expect(row.label).toBe('Organisation');
    expect(row.props).toMatchObject({ id: 'org:m1', version: 1 });
    expect(row.relationships.map((r: { id: string }) => r.id).sort()).toEqual(['rel:m1-c', 'rel:ppr-m1']);
  },
  updateNode: async ({ db, queries }) => {
    const params = { id: 'org:m2', props: { phone: '+45 70 10 20 30', shortName: null }, now: '2026-02-01T00:00:00.000Z' };
    expect(await db.run(queries.updateNode, { ...params, version: 7 })).toEqual([]);
    const row = first(await db.run<UpdateNodeRow>(queries.updateNode, { ...params, version: 1 }));
    expect(row.props).toMatchObject({ id: 'org:m2', phone: '+45 70 10 20 30', version: 2, updatedAt: '2026-02-01T00:00:00.000Z' });
  },
  replaceNode: async ({ db, queries }) => {
    const row = first(
      await db.run<ReplaceNodeRow>(queries.replaceNode, {
        id: 'org:m2',
        version: 2,
        props: { name: 'Aabenraa Kommune', kind: 'MUNICIPALITY', sector: 'MUNICIPALITY', municipalityCode: '580' },
        now: '2026-02-02T00:00:00.000Z',
      }),
    );
    expect(row.props.phone).toBeUndefined();
    expect(row.props).toMatchObject({ id: 'org:m2', version: 3, createdAt: '2026-01-01T00:00:00.000Z' });
  },
  relationshipState: async ({ db, queries }) => {
    expect(await db.run(queries.relationshipState, { id: 'rel:ppr-m1' })).toEqual([
      { id: 'rel:ppr-m1', type: 'PART_OF', from: 'org:ppr', to: 'org:m1', props: expect.objectContaining({ since: '2020-01-01' }) },
    ]);
  },
  updateRelationship: async ({ db, queries }) => {
    const row = first(
      await db.run<UpdateRelationshipRow>(queries.updateRelationship, {
        id: 'rel:ppr-m1',
        from: 'org:ppr',
        to: 'org:m1',
        version: 1,
        props: { until: '2030-01-01' },
        now: '2026-02-01T00:00:00.000Z',
      }),
    );
    expect(row.props).toMatchObject({ until: '2030-01-01', version: 2 });
    expect(
      await db.run(queries.updateRelationship, { id: 'rel:ppr-m1', from: 'org:ppr', to: 'org:m1', version: 1, props: {}, now: '2026-02-01T00:00:00.000Z' }),
    ).toEqual([]);
  },
  scopeMembers: async ({ db, queries }) => {
    const rows = await db.run<{ id: string }>(queries.scopeMembers, { scopeId: 'org:c', ids: ['org:m1', 'org:ppr', 'org:bua', 'org:c'] });
    expect(rows.map((r) => r.id).sort()).toEqual(['org:c', 'org:m1', 'org:ppr']);
  },
  recordChange: async ({ db, queries }) => {
    const base = { actor: 'user:contract', entityId: 'org:m2', entityLabel: 'Organisation', before: null, after: '{"a":1}', fromId: null, toId: null };
    expect(await db.run(queries.recordChange, { ...base, id: 'change:1', at: '2026-02-01T00:00:00.000Z', operation: 'CREATE' })).toEqual([{ id: 'change:1' }]);
    await db.run(queries.recordChange, { ...base, id: 'change:2', at: '2026-02-02T00:00:00.000Z', operation: 'UPDATE' });
    // A relationship's entry names its ends.
    await db.run(queries.recordChange, {
      ...base,
      id: 'change:3',
      at: '2026-02-03T00:00:00.000Z',
      operation: 'LINK',
      entityId: 'rel:gone',
      entityLabel: 'WORKS_IN',
      fromId: 'person:x',
      toId: 'org:m2',
    });
  },
  history: async ({ db, queries }) => {
    // Its own entries and its links' (by the ends the link entry names), newest first.
    const rows = await db.run<HistoryRow>(queries.history, { entityId: 'org:m2', limit: 10 });
    expect(rows.map((r) => r.change.id)).toEqual(['change:3', 'change:2', 'change:1']);
    expect(rows[0]!.change).toMatchObject({ entityId: 'rel:gone', fromId: 'person:x', toId: 'org:m2' });
    expect(await db.run(queries.history, { entityId: 'org:m2', limit: 1 })).toHaveLength(1);
    expect((await db.run<HistoryRow>(queries.history, { entityId: 'person:x', limit: 10 })).map((r) => r.change.id)).toEqual(['change:3']);
    expect((await db.run<HistoryRow>(queries.history, { entityId: 'rel:gone', limit: 10 })).map((r) => r.change.id)).toEqual(['change:3']);
  },
  changeById: async ({ db, queries }) => {
    const row = first(await db.run<ChangeByIdRow>(queries.changeById, { id: 'change:1' }));
    expect(row.change).toMatchObject({ operation: 'CREATE', after: '{"a":1}' });
  },
  deleteRelationship: async ({ db, queries }) => {
    expect(await db.run(queries.deleteRelationship, { id: 'rel:ppr-m1', from: 'org:ppr', to: 'org:m1', version: 1 })).toEqual([{ deleted: 0 }]);
    expect(await db.run(queries.deleteRelationship, { id: 'rel:ppr-m1', from: 'org:ppr', to: 'org:m1', version: 2 })).toEqual([{ deleted: 1 }]);
  },
  deleteNode: async ({ db, queries }) => {
    // buckets: the people-list buckets the deleted keys leave (an organisation's key has none;
    // a person's is in tests/api/search-index.test.ts).
    expect(await db.run(queries.deleteNode, { id: 'org:ppr', version: 9 })).toEqual([{ deleted: 0, buckets: [] }]);
    expect(await db.run(queries.deleteNode, { id: 'org:ppr', version: 1 })).toEqual([{ deleted: 1, buckets: [] }]);
    expect(await db.run(queries.nodeState, { id: 'org:ppr' })).toEqual([]);
  },
  exportNodes: async ({ db, queries }) => {
    const rows = await db.run<ExportNodesRow>(queries.exportNodes);
    expect(rows.map((r) => r.props.id)).toEqual([...rows.map((r) => r.props.id)].sort());
    expect(rows.find((r) => r.props.id === 'org:m1')).toEqual({ label: 'Organisation', props: expect.objectContaining({ name: 'Ærø Kommune', version: 1 }) });
  },
  exportRelationships: async ({ db, queries }) => {
    const rows = await db.run<ExportRelationshipsRow>(queries.exportRelationships);
    expect(rows.find((r) => r.props.id === 'rel:m1-c')).toEqual({
      type: 'IN_CLUSTER',
      from: 'org:m1',
      to: 'org:c',
      props: expect.objectContaining({ id: 'rel:m1-c' }),
    });
  },
  exportChanges: async ({ db, queries }) => {
    const rows = await db.run<ExportChangesRow>(queries.exportChanges);
    expect(rows.map((r) => r.change.id)).toEqual(['change:1', 'change:2', 'change:3']);
    // A node's entry stores no ends (a null is no property on either engine); a link's names both.
    expect('fromId' in rows[0]!.change || 'toId' in rows[0]!.change).toBe(false);
    expect(rows[2]!.change).toMatchObject({ fromId: 'person:x', toId: 'org:m2' });
  },
  restoreChanges: async ({ db, queries }) => {
    await db.run(queries.restoreChanges, {
      rows: [{ id: 'change:0', at: '2025-01-01T00:00:00.000Z', operation: 'CREATE', actor: 'x', entityId: 'org:r', entityLabel: 'Organisation' }],
    });
    const row = first(await db.run<ChangeByIdRow>(queries.changeById, { id: 'change:0' }));
    expect(row.change).toMatchObject({ entityId: 'org:r', operation: 'CREATE' });
  },
  restoreFollowUps: async ({ db, queries }) => {
    const key = 'group-without-chair|org:ppr|';
    const base = {
      key,
      id: 'gapack:restore',
      ruleId: 'group-without-chair',
      subjectId: 'org:ppr',
      fingerprint: 'ab12',
      evidenceIds: ['org:ppr'],
      by: 'user:x',
    };
    expect(
      await db.run(queries.restoreFollowUps, { rows: [{ ...base, state: 'ACKNOWLEDGED', note: 'Set', at: '2026-01-01T00:00:00.000Z', version: 1 }] }),
    ).toEqual([{ written: 1 }]);
    // Restored again: exactly as given, nothing left of the earlier properties (the note).
    await db.run(queries.restoreFollowUps, { rows: [{ ...base, state: 'ASSIGNED', assignee: 'Anna', at: '2026-01-02T00:00:00.000Z', version: 2 }] });
    const rows = await db.run<{ acknowledgement: Props }>(queries.gapAcknowledgementsByKeys, { keys: [key] });
    expect(rows.map((r) => r.acknowledgement)).toEqual([{ ...base, state: 'ASSIGNED', assignee: 'Anna', at: '2026-01-02T00:00:00.000Z', version: 2 }]);
  },
  exportFollowUps: async ({ db, queries }) => {
    const row = (key: string) => ({ key, id: `gapack:${key.length}`, ruleId: key.split('|')[0], subjectId: 'org:m1', state: 'ACKNOWLEDGED', version: 1 });
    const keys = ['red-status|org:m1|element:b', 'expired-mandate|org:m1|'];
    await db.run(queries.restoreFollowUps, { rows: keys.map(row) });
    const exported = (await db.run<{ followUp: Props & { key: string } }>(queries.exportFollowUps)).map((r) => r.followUp);
    // In key order, every property as stored.
    expect(exported.map((f) => f.key)).toEqual([...exported.map((f) => f.key)].sort());
    expect(exported.filter((f) => keys.includes(f.key))).toEqual([...keys].sort().map(row));
  },
  deletedIds: async ({ db, queries }) => {
    // A node's DELETE entry names it; a relationship's (it names its ends) and other operations do not.
    const base = { actor: 'user:contract', entityLabel: 'Person', before: '{}', after: null, fromId: null, toId: null, at: '2026-02-05T00:00:00.000Z' };
    await db.run(queries.recordChange, { ...base, id: 'change:del-1', operation: 'DELETE', entityId: 'person:deleted' });
    await db.run(queries.recordChange, { ...base, id: 'change:del-2', operation: 'DELETE', entityId: 'person:deleted' });
    await db.run(queries.recordChange, { ...base, id: 'change:del-3', operation: 'UPDATE', entityId: 'person:updated' });
    await db.run(queries.recordChange, { ...base, id: 'change:del-4', operation: 'DELETE', entityId: 'rel:unlinked', fromId: 'org:m1', toId: 'org:c' });
    const rows = await db.run<{ id: string }>(queries.deletedIds, { ids: ['person:deleted', 'person:updated', 'rel:unlinked', 'person:never'] });
    expect(rows).toEqual([{ id: 'person:deleted' }]);
    expect(await db.run(queries.deletedIds, { ids: [] })).toEqual([]);
  },
  nodesByLabel: async ({ db, queries }) => {
    const rows = await db.run<NodesByLabelRow>(queries.nodesByLabel, { label: 'Organisation' });
    expect(rows.map((r) => r.props.id)).toContain('org:bua');
    expect(await db.run(queries.nodesByLabel, { label: 'Pathway' })).toEqual([]);
  },
};

/** The keys of a row's properties a *-drawing statement answers, absent ones null, in their order. */
function pick(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, props[k] ?? null]));
}
