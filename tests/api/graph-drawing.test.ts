import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb, QueryRunner } from '../../api/src/db/graph-db.js';
import { signedIn } from '../support/sign-in.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * A graph query that asks for none of the nodes' or edges' `properties` (the web app's map)
 * is read by the *-drawing statements, which project only the properties its typed fields
 * need; its answer is the one a query asking for the properties gets, with shortName,
 * municipalityCode and level taken from them. A query that asks for `properties`, also
 * through a fragment or an alias, reads them all as before.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DRAWN = 'id label name kind sector shortName municipalityCode';
const DRAWN_EDGE = 'id type source target level';

/** The statements a request sent inside read transactions, by name (db.read wrapped for the while). */
async function withReadLog<T>(db: GraphDb, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const store = db as unknown as { read: <R>(w: (tx: QueryRunner) => Promise<R>) => Promise<R> };
  const original = store.read;
  store.read = <R>(w: (tx: QueryRunner) => Promise<R>) =>
    original.call<GraphDb, [(tx: QueryRunner) => Promise<R>], Promise<R>>(db, (tx: QueryRunner) =>
      w({
        ...tx,
        run: (q: { name: string }, p?: unknown) => {
          statements.push(q.name);
          return (tx.run as (q: unknown, p?: unknown) => Promise<never>).call(tx, q, p);
        },
      } as QueryRunner),
    );
  try {
    return { result: await work(), statements };
  } finally {
    store.read = original;
  }
}

interface Answer {
  graph: {
    nodes: Array<Record<string, unknown> & { id: string; properties?: Record<string, unknown> }>;
    edges: Array<Record<string, unknown> & { id: string; properties?: Record<string, unknown> }>;
  };
}

async function ask(query: string, filter: Record<string, unknown>, headers?: Record<string, string>) {
  const { result, statements } = await withReadLog(t.db, () => t.gql<Answer>(query, { f: filter }, headers));
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return { graph: result.data!.graph, statements };
}

const FILTERS: Array<Record<string, unknown>> = [
  { municipalityId: 'org:municipality-randers' },
  { clusterId: 'org:cluster-randers' },
  { focusId: 'org:municipality-norddjurs', depth: 2, limit: 40 },
  { municipalityId: 'org:municipality-aarhus', labels: ['Organisation', 'Channel'] },
  { limit: 5000 },
];

describe('the map asks for what it draws', () => {
  for (const [who, headers] of [
    ['a visitor', undefined],
    ['a signed-in user', 'signed-in'],
  ] as const) {
    it(`gives ${who} the drawing fields as the properties say them, read without the properties`, async () => {
      const h = headers ? await signedIn(t, 'VIEWER') : undefined;
      let statusEdges = 0;
      for (const filter of FILTERS) {
        const lean = await ask(`query($f: GraphFilter) { graph(filter: $f) { nodes { ${DRAWN} } edges { ${DRAWN_EDGE} } } }`, filter, h);
        const full = await ask(`query($f: GraphFilter) { graph(filter: $f) { nodes { ${DRAWN} properties } edges { ${DRAWN_EDGE} properties } } }`, filter, h);
        expect(lean.graph.nodes.length).toBeGreaterThan(0);
        expect(lean.graph.nodes).toEqual(
          full.graph.nodes.map(({ properties, ...n }) => ({
            ...n,
            shortName: properties!.shortName ?? null,
            municipalityCode: properties!.municipalityCode ?? null,
          })),
        );
        expect(lean.graph.edges).toEqual(full.graph.edges.map(({ properties, ...e }) => ({ ...e, level: properties!.level ?? null })));
        statusEdges += lean.graph.edges.filter((e) => e.type === 'STATUS' && e.level !== null).length;
        // Without properties: no statement that reads them all (a filtered page reads its page's).
        expect(lean.statements.filter((s) => ['graph/nodes', 'graph/nodes-by-ids-all', 'graph/edges'].includes(s))).toEqual([]);
        expect(full.statements.filter((s) => s.endsWith('-drawing'))).toEqual([]);
      }
      expect(statusEdges).toBeGreaterThan(0);
    });
  }

  it("reads a municipality's whole picture and the unscoped view by the drawing statements", async () => {
    const whole = await ask(`query($f: GraphFilter) { graph(filter: $f) { nodes { ${DRAWN} } edges { ${DRAWN_EDGE} } } }`, {
      municipalityId: 'org:municipality-randers',
    });
    expect(whole.statements).toEqual(['graph/scope', 'graph/nodes-by-ids-all-drawing', 'graph/edges-drawing']);
    expect(whole.graph.nodes.find((n) => n.id === 'org:municipality-randers')).toMatchObject({ municipalityCode: '730' });
    const unscoped = await ask(`query($f: GraphFilter) { graph(filter: $f) { nodes { ${DRAWN} } edges { ${DRAWN_EDGE} } } }`, { limit: 5000 });
    expect(unscoped.statements).toEqual(['graph/nodes-drawing', 'graph/edges-drawing']);
  });

  it('reads every property when the query asks for them, through a fragment, an alias or on the edges only', async () => {
    const filter = { municipalityId: 'org:municipality-randers' };
    const viaFragment = await ask(
      `query($f: GraphFilter) { graph(filter: $f) { nodes { ...N } edges { id } } } fragment N on GraphNode { id stored: properties }`,
      filter,
    );
    expect(viaFragment.statements).toContain('graph/nodes-by-ids-all');
    expect(viaFragment.statements).toContain('graph/edges-drawing');
    const randers = viaFragment.graph.nodes.find((n) => n.id === 'org:municipality-randers') as unknown as { stored: Record<string, unknown> };
    expect(randers.stored).toMatchObject({ id: 'org:municipality-randers', name: 'Randers Kommune', municipalityCode: '730', version: 1 });
    const edgesOnly = await ask(`query($f: GraphFilter) { graph(filter: $f) { nodes { id } ... on GraphView { edges { properties } } } }`, filter);
    expect(edgesOnly.statements).toEqual(['graph/scope', 'graph/nodes-by-ids-all-drawing', 'graph/edges']);
    expect(edgesOnly.graph.edges.every((e) => typeof e.properties?.id === 'string')).toBe(true);
  });

  it("answers the details panel's read of one node's properties, a person's hidden from a visitor", async () => {
    const query = `query($id: ID!) { graph(filter: { focusId: $id, depth: 1, limit: 1 }) { nodes { id properties } } }`;
    const person = await t.gql<Answer>(query, { id: 'person:p001' });
    expect(person.errors).toBeUndefined();
    expect(person.data!.graph.nodes).toHaveLength(1);
    expect(person.data!.graph.nodes[0]!.id).toBe('person:p001');
    expect(person.data!.graph.nodes[0]!.properties).not.toHaveProperty('email');
    const shown = await t.gql<Answer>(query, { id: 'person:p001' }, await signedIn(t, 'VIEWER'));
    expect(shown.data!.graph.nodes[0]!.properties).toHaveProperty('name');
  });
});
