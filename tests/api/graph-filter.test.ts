import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { below, readSeed, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';
import { readGraph } from '../../api/src/modules/graph/graph-reader.js';
import type { GraphDb, Params } from '../../api/src/db/graph-db.js';
import type { CypherQuery } from '../../api/src/db/query-catalog.js';
import { adHocCypher } from '../support/ad-hoc-cypher.js';

/** The scoped pictures of graph(filter), checked against the seed files' own adjacency. */
let t: TestApp;
const seed = readSeed();
const neighbours = new Map<string, Set<string>>();
for (const r of seed.rels) {
  for (const [a, b] of [
    [r.from, r.to],
    [r.to, r.from],
  ] as const) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a)!.add(b);
  }
}
/** Everything within `depth` steps of the ids, in either direction, optionally through some types only. */
function within(ids: Iterable<string>, depth: number, types?: string[]): Set<string> {
  const out = new Set(ids);
  let frontier = [...out];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const r of seed.rels) {
      if (types && !types.includes(r.type)) continue;
      for (const [a, b] of [
        [r.from, r.to],
        [r.to, r.from],
      ] as const) {
        if (frontier.includes(a) && !out.has(b)) {
          out.add(b);
          next.push(b);
        }
      }
    }
    frontier = next;
  }
  return out;
}

const VIEW = `totalNodes totalEdges truncated countsByLabel { label count } nodes { id label name properties } edges { id type source target }`;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The picture as VIEW selects it. */
interface GraphView {
  graph: {
    totalNodes: number;
    totalEdges: number;
    truncated: boolean;
    countsByLabel: Array<{ label: string; count: number }>;
    nodes: Array<{ id: string; label: string; name: string | null; properties: Record<string, unknown> }>;
    edges: Array<{ id: string; type: string; source: string; target: string }>;
  };
}

async function graph(filter: Record<string, unknown>, headers?: Record<string, string>) {
  const r = await t.gql<GraphView>(`query($f: GraphFilter) { graph(filter: $f) { ${VIEW} } }`, { f: filter }, headers);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const g = r.data!.graph;
  // Counts agree with what is shown, and every edge joins two nodes of the picture.
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(g.countsByLabel.reduce((s, c) => s + c.count, 0)).toBe(g.nodes.length);
  expect(g.totalEdges).toBe(g.edges.length);
  for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  return { ...g, ids, roundTrips: roundTrips(r) };
}

async function code(filter: Record<string, unknown>) {
  const r = await t.gql<unknown>(`query($f: GraphFilter) { graph(filter: $f) { totalNodes } }`, { f: filter });
  return r.errors?.[0]?.extensions?.code;
}

describe('graph(filter) by municipality', () => {
  it('shows Norddjurs, its units and everything linked to them', async () => {
    const core = below(seed, 'org:municipality-norddjurs');
    const g = await graph({ municipalityId: 'org:municipality-norddjurs' });
    expect(g.ids).toEqual(within(core, 1));
    expect(g.truncated).toBe(false);
    expect(g.totalNodes).toBe(g.nodes.length);
    // The municipality has units (003: PPR, the family department, health visiting, …).
    expect([...core].length).toBeGreaterThan(1);
    expect(g.ids).toContain('org:cluster-randers');
    expect(g.ids).not.toContain('org:municipality-aarhus');
  });

  it('walks and shows only the relation types asked for', async () => {
    const core = below(seed, 'org:municipality-norddjurs');
    const g = await graph({ municipalityId: 'org:municipality-norddjurs', relationTypes: ['WORKS_IN'] });
    expect(g.ids).toEqual(within(core, 1, ['WORKS_IN']));
    for (const e of g.edges) expect(e.type).toBe('WORKS_IN');
    expect(g.nodes.some((n: { label: string }) => n.label === 'Person')).toBe(true);
  });

  it('filters labels within the scope', async () => {
    const g = await graph({ municipalityId: 'org:municipality-norddjurs', labels: ['Organisation'] });
    for (const n of g.nodes) expect(n.label).toBe('Organisation');
    for (const id of below(seed, 'org:municipality-norddjurs')) expect(g.ids).toContain(id);
  });
});

describe('graph(filter) pages', () => {
  it('a page is the first nodes of the whole picture by id, with the edges among them', async () => {
    const whole = await graph({ municipalityId: 'org:municipality-norddjurs' });
    // Three statements: the scope with its first step out, the nodes, their edges.
    expect(whole.roundTrips).toBe(3);
    const byId = [...whole.ids].sort();
    expect(whole.nodes.map((n) => n.id)).toEqual(byId);
    const edgeIds = whole.edges.map((e: { id: string }) => e.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
    for (const limit of [1, 5, 10]) {
      const page = await graph({ municipalityId: 'org:municipality-norddjurs', limit });
      expect(page.nodes.map((n) => n.id)).toEqual(byId.slice(0, limit));
      expect(page.nodes).toEqual(whole.nodes.slice(0, limit));
      expect(page.totalNodes).toBe(whole.totalNodes);
      expect(page.truncated).toBe(limit < whole.totalNodes);
      expect(page.edges).toEqual(whole.edges.filter((e) => page.ids.has(e.source) && page.ids.has(e.target)));
    }
  });

  it('counts only the nodes that pass the filters, and pages through those', async () => {
    const people = await graph({ municipalityId: 'org:municipality-norddjurs', labels: ['Person'] });
    expect(people.nodes.length).toBeGreaterThan(2);
    const page = await graph({ municipalityId: 'org:municipality-norddjurs', labels: ['Person'], limit: 2 });
    expect(page.totalNodes).toBe(people.nodes.length);
    expect(page.nodes).toEqual(people.nodes.slice(0, 2));
    expect(page.truncated).toBe(true);
  });
});

describe('graph(filter) by cluster', () => {
  it('shows the Randers cluster, its municipalities and hospital, their units and their links', async () => {
    const core = below(seed, 'org:cluster-randers', ['PART_OF', 'IN_CLUSTER']);
    const g = await graph({ clusterId: 'org:cluster-randers' });
    expect(g.ids).toEqual(within(core, 1));
    for (const id of [
      'org:municipality-favrskov',
      'org:municipality-norddjurs',
      'org:municipality-randers',
      'org:municipality-syddjurs',
      'org:hospital-randers',
    ]) {
      expect(g.ids).toContain(id);
    }
    expect(g.ids).toContain('group:implementeringsgruppe-randers');
    expect(g.ids).not.toContain('org:municipality-aarhus');
  });

  it('intersects a cluster with a municipality', async () => {
    const g = await graph({ clusterId: 'org:cluster-randers', municipalityId: 'org:municipality-norddjurs' });
    const both = [...within(below(seed, 'org:municipality-norddjurs'), 1)].filter((id) =>
      within(below(seed, 'org:cluster-randers', ['PART_OF', 'IN_CLUSTER']), 1).has(id),
    );
    expect(g.ids).toEqual(new Set(both));
  });
});

describe('graph(filter) around a focus node', () => {
  it('shows the neighbourhood of the Randers implementation group, one and two steps out', async () => {
    const focus = 'group:implementeringsgruppe-randers';
    const one = await graph({ focusId: focus, depth: 1 });
    expect(one.ids).toEqual(within([focus], 1));
    const two = await graph({ focusId: focus, depth: 2 });
    expect(two.ids).toEqual(within([focus], 2));
    expect(two.ids.size).toBeGreaterThan(one.ids.size);
    // One statement per step, plus the nodes and the edges.
    expect(two.roundTrips).toBe(4);
  });

  it('walks only through the given relation types and keeps the focus whatever the labels', async () => {
    const focus = 'group:implementeringsgruppe-randers';
    const g = await graph({ focusId: focus, depth: 3, relationTypes: ['REPORTS_TO'] });
    expect(g.ids).toEqual(within([focus], 3, ['REPORTS_TO']));
    expect(g.ids).toContain('group:kosu');
    const people = await graph({ focusId: focus, depth: 1, labels: ['Person'] });
    expect(people.ids).toContain(focus);
    for (const n of people.nodes) if (n.id !== focus) expect(n.label).toBe('Person');
  });

  it('keeps the nearest nodes when the picture is capped', async () => {
    const focus = 'org:municipality-norddjurs';
    const g = await graph({ focusId: focus, depth: 4, limit: 10 });
    expect(g.nodes).toHaveLength(10);
    expect(g.truncated).toBe(true);
    expect(g.totalNodes).toBe(within([focus], 4).size);
    expect(g.nodes[0]?.id).toBe(focus);
    const direct = within([focus], 1);
    for (const n of g.nodes) expect(direct.has(n.id)).toBe(true);
  });

  it('shows anonymous visitors roles, not names', async () => {
    const focus = 'group:implementeringsgruppe-randers';
    const anonymous = await graph({ focusId: focus, depth: 1, labels: ['Person'] });
    const person = anonymous.nodes.find((n) => n.label === 'Person')!;
    const record = seed.nodes.find((n) => n.id === person.id)!;
    expect(person.name).toBe(record.title);
    expect(person.properties.name).toBeUndefined();
    expect(person.properties.email).toBeUndefined();
    const asViewer = await graph({ focusId: focus, depth: 1, labels: ['Person'] }, await signedIn(t, 'VIEWER'));
    expect(asViewer.nodes.find((n) => n.id === person.id)!.name).toBe(record.name);
  });
});

describe('graph(filter) input errors', () => {
  it('answers BAD_USER_INPUT and NOT_FOUND', async () => {
    expect(await code({ focusId: 'org:bua', depth: 5 })).toBe('BAD_USER_INPUT');
    expect(await code({ focusId: 'org:bua', depth: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ depth: 2 })).toBe('BAD_USER_INPUT');
    expect(await code({ focusId: 'org:nope' })).toBe('NOT_FOUND');
    expect(await code({ municipalityId: 'org:nope' })).toBe('NOT_FOUND');
    expect(await code({ municipalityId: 'org:cluster-randers' })).toBe('BAD_USER_INPUT');
    expect(await code({ clusterId: 'org:municipality-norddjurs' })).toBe('BAD_USER_INPUT');
    expect(await code({ municipalityId: 'org:municipality-norddjurs', limit: 0 })).toBe('BAD_USER_INPUT');
  });
});

describe('graph(filter) statements', () => {
  /**
   * The store, with each statement of its read transactions logged as it starts and ends (and
   * `failing` refused at once). `between` runs before graph/edges, once the statement sent before
   * it has ended: writes landing between the nodes' statement and the edges'.
   */
  function logged(log: string[], failing?: string, between?: () => Promise<void>): GraphDb {
    const read: GraphDb['read'] = (work) =>
      t.db.read((tx) => {
        let last: Promise<unknown> = Promise.resolve();
        return work({
          run: async <T>(query: CypherQuery, params?: Params): Promise<T[]> => {
            if (between && query.name === 'graph/edges') {
              await last.catch(() => undefined);
              await between();
            }
            log.push(`start ${query.name}`);
            try {
              if (query.name === failing) throw new Error(`${failing} refused`);
              const running = tx.run<T>(query, params);
              last = running;
              return await running;
            } finally {
              log.push(`end ${query.name}`);
            }
          },
        });
      });
    return { read } as GraphDb;
  }
  const norddjurs = { municipalityId: 'org:municipality-norddjurs' };

  it("sends a whole picture's nodes and edges at once, a page's edges after its nodes", async () => {
    const whole: string[] = [];
    const picture = await readGraph(logged(whole), t.queries, norddjurs);
    expect(picture.edges.length).toBeGreaterThan(0);
    expect(whole.slice(0, 4)).toEqual(['start graph/scope', 'end graph/scope', 'start graph/nodes-by-ids-all', 'start graph/edges']);
    const page: string[] = [];
    await readGraph(logged(page), t.queries, { ...norddjurs, limit: 3 });
    expect(page).toEqual([
      'start graph/scope',
      'end graph/scope',
      'start graph/nodes-by-ids',
      'end graph/nodes-by-ids',
      'start graph/edges',
      'end graph/edges',
    ]);
  });

  it('shows only the edges between nodes of the picture when a write lands between its nodes and its edges', async () => {
    // Neo4j reads at READ COMMITTED, so its graph/edges sees a write committed after the nodes
    // were read; the embedded engine's transaction reads one snapshot and sees neither. Two sites
    // of a Norddjurs unit: one there when the picture is read and deleted before its edges are
    // read, one created in between.
    const unit = 'org:ppr-norddjurs';
    const addSite = adHocCypher(
      "MATCH (u:Organisation {id: $u}) CREATE (u)-[:PROVIDES {id: $rel}]->(:Entity:Channel {id: $id, name: 'Test', kind: 'WEB', status: 'ACTIVE', version: 1})",
      ['u', 'rel', 'id'],
    );
    const removeSite = adHocCypher('MATCH (c:Channel {id: $id}) DETACH DELETE c', ['id']);
    await t.db.run(addSite, { u: unit, rel: 'rel:provides:graph-test-gone', id: 'channel:graph-test-gone' });
    let written = false;
    try {
      const before = await readGraph(logged([]), t.queries, norddjurs);
      expect(before.nodes.map((n) => n.id)).toContain('channel:graph-test-gone');
      expect(before.edges.map((e) => e.id)).toContain('rel:provides:graph-test-gone');
      const after = await readGraph(
        logged([], undefined, async () => {
          await t.db.run(removeSite, { id: 'channel:graph-test-gone' });
          await t.db.run(addSite, { u: unit, rel: 'rel:provides:graph-test-new', id: 'channel:graph-test-new' });
          written = true;
        }),
        t.queries,
        norddjurs,
      );
      expect(written).toBe(true);
      // The nodes as they were read (the deleted site among them, the new one not); no edge to the
      // new site, whose end is not in the picture; the deleted site without its edge on Neo4j.
      expect(after.nodes).toEqual(before.nodes);
      const gone = (e: { id: string }) => e.id !== 'rel:provides:graph-test-gone';
      expect(after.edges).toEqual(t.db.engine === 'neo4j' ? before.edges.filter(gone) : before.edges);
    } finally {
      await t.db.run(removeSite, { id: 'channel:graph-test-gone' });
      await t.db.run(removeSite, { id: 'channel:graph-test-new' });
    }
  });

  it('passes a failure on only once the other statement sent with it has ended', async () => {
    const log: string[] = [];
    const seen = await readGraph(logged(log, 'graph/nodes-by-ids-all'), t.queries, norddjurs).then(
      () => 'answered',
      (err: Error) => `${err.message}; ${log.join(', ')}`,
    );
    expect(seen).toBe(
      'graph/nodes-by-ids-all refused; start graph/scope, end graph/scope, start graph/nodes-by-ids-all, end graph/nodes-by-ids-all, start graph/edges, end graph/edges',
    );
  });
});
