import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import { backfillSearchKeys } from '../../api/src/modules/core/search-keys.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The derived search keys (api/src/modules/core/search-keys.ts) follow every write of an
 * organisation or person through the real API, and never show as data: not in properties,
 * history, exports or the content hash. On the Central Denmark seed.
 */

let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'ADMIN');
});
afterAll(() => t.close());

const keyCount = async () => (await t.db.run<{ n: number }>(adHocCypher('MATCH (k:SearchKey) RETURN count(k) AS n')))[0]!.n;
const keyedCount = async () =>
  (await t.db.run<{ n: number }>(adHocCypher('MATCH (n:Entity) WHERE n:Organisation OR n:Person OR n:Group OR n:Channel RETURN count(n) AS n')))[0]!.n;

const SEARCH = `query($q: String!) { search(text: $q, first: 50) { id name matchedField score } }`;
interface SearchAnswer {
  search: Array<{ id: string; name: string; matchedField: string; score: number }>;
}
const found = async (text: string, headers: Record<string, string> = {}) => (await t.gql<SearchAnswer>(SEARCH, { q: text }, headers)).data!.search;
interface PeoplePage {
  people: { totalCount: number; nodes: Array<{ id: string; name: string | null }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}
const PEOPLE = `query($after: String) { people(first: 500, after: $after) { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }`;
const allPeople = async () => {
  const names: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const r: PeoplePage['people'] = (await t.gql<PeoplePage>(PEOPLE, { after }, admin)).data!.people;
    names.push(...r.nodes.map((n) => n.name!)); // an admin is shown every name
    total = r.totalCount;
    after = r.pageInfo.hasNextPage ? r.pageInfo.endCursor : null;
  } while (after);
  return { names, total };
};
const KEY_FIELDS = ['sortKey', 'order', 'stamp', 'publicText', 'personalText', 'compact', 'text'];

describe('search keys follow every write', () => {
  it('every organisation, person, group and channel of the seed has one key', async () => {
    expect(await keyCount()).toBe(await keyedCount());
  });

  it('create, update, restore and delete of an organisation', async () => {
    const created = await t.gql<{
      createOrganisation: {
        id: string;
        version: number;
        properties: Record<string, unknown>;
        change: { id: string; after: { props: Record<string, unknown> } };
      };
    }>(
      `mutation { createOrganisation(properties: {name: "Ærøskøbing Testhus", shortName: "ÆTH", kind: REGION, sector: REGION}) {
      id version properties change { id after } } }`,
      {},
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { id, properties, change } = created.data!.createOrganisation;
    expect((await found('aeroeskoebing testhus'))[0]).toMatchObject({ id, score: 100 });
    expect((await found('ÆTH'))[0]).toMatchObject({ id, score: 90 });
    // The keys are not the node's properties, nor in the audit trail.
    for (const key of KEY_FIELDS) {
      expect(properties).not.toHaveProperty(key);
      expect(change.after.props).not.toHaveProperty(key);
    }
    const updated = await t.gql<unknown>(
      `mutation($id: ID!) { updateOrganisation(id: $id, version: 1, properties: {name: "Marstal Testhus", shortName: null}) { version properties } }`,
      { id },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(await found('aeroeskoebing testhus')).toEqual([]);
    expect(await found('ÆTH')).toEqual([]);
    expect((await found('marstal testhus'))[0]).toMatchObject({ id, score: 100 });
    const restored = await t.gql<unknown>(`mutation($c: ID!) { restoreVersion(changeId: $c, version: 2) { version } }`, { c: change.id }, admin);
    expect(restored.errors).toBeUndefined();
    expect((await found('Ærøskøbing Testhus'))[0]).toMatchObject({ id, score: 100 });
    expect(await found('marstal testhus')).toEqual([]);
    const before = await keyCount();
    const deleted = await t.gql<unknown>(`mutation($id: ID!) { deleteOrganisation(id: $id, version: 3) { id } }`, { id }, admin);
    expect(deleted.errors).toBeUndefined();
    expect(await found('aeroeskoebing testhus')).toEqual([]);
    // Its key went with it.
    expect(await keyCount()).toBe(before - 1);
    // Restoring the deleted node makes its key again.
    const back = await t.gql<unknown>(
      `mutation($c: ID!) { restoreVersion(changeId: $c, before: true) { version } }`,
      {
        c: (await t.gql<{ history: Array<{ id: string; operation: string }> }>(`query($id: ID!) { history(entityId: $id) { id operation } }`, { id }, admin))
          .data!.history[0]!.id,
      },
      admin,
    );
    expect(back.errors).toBeUndefined();
    expect((await found('aeroeskoebing testhus'))[0]).toMatchObject({ id });
    expect(await keyCount()).toBe(await keyedCount());
  });

  it('a new or renamed person takes their place in the people list and search', async () => {
    const created = await t.gql<{ createPerson: { id: string } }>(
      `mutation { createPerson(properties: {name: "Åse Ærbødig", title: "Psykolog", fictitious: true}) { id } }`,
      {},
      admin,
    );
    const id = created.data!.createPerson.id;
    const { names, total } = await allPeople();
    expect(names).toHaveLength(total);
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
    expect(names).toContain('Åse Ærbødig');
    expect((await found('aase aerboedig', admin))[0]).toMatchObject({ id, score: 100 });
    // Anonymous visitors find people by title only.
    expect((await found('aase aerboedig')).map((h) => h.id)).not.toContain(id);
    await t.gql<unknown>(`mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {name: "Anne Abildgaard"}) { version } }`, { id }, admin);
    const renamed = await allPeople();
    expect(renamed.names).not.toContain('Åse Ærbødig');
    expect(renamed.names).toContain('Anne Abildgaard');
    expect(renamed.names).toEqual([...renamed.names].sort(new Intl.Collator('da').compare));
  });
});

describe('search keys are not data', () => {
  it('are not exported, not hashed, and an import makes them', async () => {
    const exported = await t.gql<{
      exportGraph: { nodes: Array<{ props: Record<string, unknown> }>; relationships: Array<{ type: string }> };
      graphContentHash: string;
    }>(`{ exportGraph graphContentHash }`, {}, admin);
    const data = exported.data!.exportGraph;
    expect(data.nodes).toHaveLength((await t.db.run<{ nodes: number }>(t.queries.counts))[0]!.nodes);
    for (const n of data.nodes) for (const key of KEY_FIELDS) expect(n.props).not.toHaveProperty(key);
    expect(data.relationships.map((r) => r.type)).not.toContain('SEARCH_KEY');
    const fresh = await createTestApp({ seed: false });
    try {
      const r = await fresh.gql<{ importGraph: { contentHash: string } }>(
        `mutation($d: JSON!) { importGraph(data: $d) { contentHash } }`,
        { d: data },
        await signedIn(fresh, 'ADMIN'),
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.importGraph.contentHash).toBe(exported.data!.graphContentHash);
      const hits = async (app: TestApp) => (await app.gql<SearchAnswer>(SEARCH, { q: 'randers' })).data!.search;
      expect(await hits(fresh)).toEqual(await hits(t));
    } finally {
      await fresh.close();
    }
  });

  it('a store without keys gets them at start-up, with the same answers', async () => {
    const answer = async () => ({ search: await found('PPR'), people: await allPeople() });
    const expected = await answer();
    const hash = (await t.gql<{ graphContentHash: string }>(`{ graphContentHash }`, {}, admin)).data!.graphContentHash;
    await t.db.run(adHocCypher('MATCH (k:SearchKey) DETACH DELETE k'));
    expect(await keyCount()).toBe(0);
    const { written, dropped } = await backfillSearchKeys(t.db, t.queries);
    expect(written).toBe(await keyedCount());
    expect(dropped).toBe(0);
    expect(await answer()).toEqual(expected);
    expect((await t.gql<{ graphContentHash: string }>(`{ graphContentHash }`, {}, admin)).data!.graphContentHash).toBe(hash);
    // Once made, nothing is left to do, and nothing is written (not even a recount).
    expect(await backfillSearchKeys(t.db, t.queries)).toEqual({ written: 0, dropped: 0, recounted: false });
  });
});
