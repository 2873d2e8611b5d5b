import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Municipalities {
  organisations: {
    totalCount: number;
    nodes: Array<{
      name: string;
      municipalityCode: string | null;
      sector: string;
      parents: Array<{ relation: string; organisation: { kind: string; name: string } }>;
    }>;
  };
}
interface IdPage {
  organisations: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}
interface GraphAnswer {
  graph: { totalNodes: number; truncated: boolean; nodes: Array<{ id: string }>; edges: Array<{ type: string; source: string; target: string }> };
}

describe('organisations', () => {
  it('lists the 19 municipalities of the region in Danish order with their codes and clusters', async () => {
    const r = await t.gql<Municipalities>(`{ organisations(filter: {kinds: [MUNICIPALITY]}, first: 50) {
      totalCount nodes { name municipalityCode sector parents { relation organisation { kind name } } } } }`);
    expect(r.errors).toBeUndefined();
    const page = r.data!.organisations;
    expect(page.totalCount).toBe(19);
    const names = page.nodes.map((n) => n.name);
    // Danish order puts Aarhus ("aa" = å) last.
    expect(names[0]).toBe('Favrskov Kommune');
    expect(names.at(-1)).toBe('Aarhus Kommune');
    const norddjurs = page.nodes.find((n) => n.name === 'Norddjurs Kommune')!;
    expect(norddjurs.municipalityCode).toBe('707');
    expect(norddjurs.sector).toBe('MUNICIPALITY');
    expect(norddjurs.parents).toContainEqual({ relation: 'IN_CLUSTER', organisation: { kind: 'CLUSTER', name: 'Randersklyngen' } });
  });

  it('filters by sector and pages with an opaque cursor', async () => {
    const first = await t.gql<IdPage>(
      `{ organisations(filter: {kinds: [MUNICIPALITY], sectors: [MUNICIPALITY]}, first: 10) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
    );
    expect(first.data!.organisations.nodes).toHaveLength(10);
    expect(first.data!.organisations.pageInfo.hasNextPage).toBe(true);
    const rest = await t.gql<IdPage>(
      `query($after: String) { organisations(filter: {kinds: [MUNICIPALITY], sectors: [MUNICIPALITY]}, first: 10, after: $after) { nodes { id } pageInfo { hasNextPage } } }`,
      {
        after: first.data!.organisations.pageInfo.endCursor,
      },
    );
    const ids = [...first.data!.organisations.nodes, ...rest.data!.organisations.nodes].map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rest.data?.organisations.pageInfo.hasNextPage).toBe(false);
  });

  it('shows each cluster with its municipalities as children', async () => {
    const r = await t.gql<{ organisation: { children: Array<{ relation: string; organisation: { name: string } }> } }>(
      `{ organisation(id: "org:cluster-randers") { name kind children { relation organisation { name } } } }`,
    );
    const kids = r.data!.organisation.children.filter((c) => c.relation === 'IN_CLUSTER').map((c) => c.organisation.name);
    expect(kids).toEqual(expect.arrayContaining(['Favrskov Kommune', 'Norddjurs Kommune', 'Randers Kommune', 'Syddjurs Kommune']));
  });

  it('answers NOT_FOUND for an unknown id, not a server error', async () => {
    const r = await t.gql<{ organisation: { name: string } | null }>(`{ organisation(id: "org:does-not-exist") { name } }`);
    expect(r.data?.organisation).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects a bad cursor and page size with BAD_USER_INPUT', async () => {
    const a = await t.gql<unknown>(`{ organisations(after: "not-a-cursor") { totalCount } }`);
    expect(a.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const b = await t.gql<unknown>(`{ organisations(first: 501) { totalCount } }`);
    expect(b.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('graph', () => {
  it('returns the seeded organisations and the links between them', async () => {
    const r = await t.gql<GraphAnswer>(
      `{ graph(filter: {labels: [Organisation]}) { totalNodes truncated nodes { id label sector } edges { type source target } } }`,
    );
    const g = r.data!.graph;
    expect(g.truncated).toBe(false);
    expect(g.nodes.filter((n) => n.id.startsWith('org:municipality-'))).toHaveLength(19);
    expect(g.edges).toContainEqual({ type: 'IN_CLUSTER', source: 'org:municipality-samsoe', target: 'org:cluster-aarhus' });
  });

  it('says when the picture is truncated', async () => {
    const r = await t.gql<GraphAnswer>(`{ graph(filter: {limit: 5}) { totalNodes truncated nodes { id } } }`);
    expect(r.data?.graph.nodes).toHaveLength(5);
    expect(r.data?.graph.truncated).toBe(true);
    expect(r.data?.graph.totalNodes).toBeGreaterThan(5);
  });
});

describe('health', () => {
  it('answers /health and /ready', async () => {
    expect((await t.app.fetch('http://test/health')).status).toBe(200);
    expect((await t.app.fetch('http://test/ready')).status).toBe(200);
    // A URL whose query ends in /ready is still the GraphQL endpoint's.
    const graphql = await t.app.fetch('http://test/graphql?query=%7B__typename%7D&x=/ready', { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(await graphql.json()).toMatchObject({ data: { __typename: 'Query' } });
  });

  it('masks unexpected errors: a statement the engine rejects leaves no detail in the answer', async () => {
    const original = t.queries.organisationList;
    // A real engine error, not a mock: the engine is handed a statement it cannot parse.
    t.queries.organisationList = { ...original, text: 'MATCH (o:Organisation RETURN o' };
    try {
      const r = await t.gql<unknown>(`{ organisations { totalCount } }`);
      expect(r.errors?.[0]?.message).toBe('Unexpected error.');
      expect(JSON.stringify(r)).not.toMatch(/grafeo|cypher|syntax|MATCH|stack|\.ts/i);
    } finally {
      t.queries.organisationList = original;
    }
  });

  it('a closed store answers SERVICE_UNAVAILABLE and /ready says 503', async () => {
    await t.db.close();
    const r = await t.gql<unknown>(`{ organisations { totalCount } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(r)).not.toMatch(/grafeo|closed|stack/i);
    expect((await t.app.fetch('http://test/ready')).status).toBe(503);
    t = await createTestApp();
  });
});
