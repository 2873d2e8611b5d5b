import { describe, expect, it } from 'vitest';
import { ConnectionSearch, type ExpansionRequest, type NeighbourRecord } from '../../api/src/modules/core/connection-finder/connection-search.js';
import type { SearchNode } from '../../api/src/modules/core/connection-finder/connection-rules.js';
import { CHANNEL_NOT_ESTABLISHED_COST, HOP_COST, pathCost, rankPaths } from '../../api/src/modules/core/connection-finder/connection-ranking.js';

/**
 * The connection search (api/src/modules/core/connection-finder/connection-search.ts) and its ranking on
 * small hand-made graphs. `neighbours` answers an expansion the way cypher/connection/neighbours
 * does (every relationship of the frontier nodes, channels entered from one they serve only
 * by PROVIDES, umbrellas entered from a member not down PART_OF), so each rule of the search
 * is tested on its own.
 */

const DAY = '2026-06-01';
type Rel = [id: string, type: string, from: string, to: string];

function graph(nodes: SearchNode[], rels: Rel[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = (ids: string[], providesOnly: string[], notToMembers: string[]): NeighbourRecord[] =>
    ids.flatMap((a) =>
      rels
        .filter(([, , f, t]) => f === a || t === a)
        .filter(([, type]) => !providesOnly.includes(a) || type === 'PROVIDES')
        .filter(([, type, , t]) => !notToMembers.includes(a) || !(type === 'PART_OF' && t === a))
        .map(([relId, type, f, t]) => ({ from: a, relId, type, out: f === a, node: byId.get(f === a ? t : f)! })),
    );
  return {
    /** Runs the search to its end: the outcome as walks of node ids, and how many reads it asked for. */
    ask(s: string, t: string, limits: { maxHops?: number; alternatives?: number } = {}) {
      const search = new ConnectionSearch(byId.get(s)!, byId.get(t)!, { maxHops: limits.maxHops ?? 6, alternatives: limits.alternatives ?? 3, day: DAY });
      for (let r = search.next(); r; r = search.next()) search.absorb(r.side, neighbours(r.ids, r.providesOnly, r.notToMembers));
      const outcome = search.outcome();
      const walks = outcome.found ? outcome.candidates.map((edgeIds) => search.walk(edgeIds).join(' > ')).sort() : [];
      return { outcome, walks, expansions: search.expansions };
    },
    /**
     * The same search as connection-answer.ts runs it: the ends' neighbours read first in one
     * go (cypher/connection/start), and the other side's next read sent with each read whenever
     * `alongside` proposes it (the read after the ends' when those answer it). The reads the
     * search asked for, in order, and how many reads went out (the start's one included).
     */
    askReadingAhead(s: string, t: string, limits: { maxHops?: number; alternatives?: number } = {}) {
      const search = new ConnectionSearch(byId.get(s)!, byId.get(t)!, { maxHops: limits.maxHops ?? 6, alternatives: limits.alternatives ?? 3, day: DAY });
      const key = (r: ExpansionRequest) => JSON.stringify([r.side, r.ids, r.providesOnly, r.notToMembers]);
      const ends = new Map([
        [key({ side: 'F', ids: [s], providesOnly: [], notToMembers: [] }), neighbours([s], [], [])],
        [key({ side: 'B', ids: [t], providesOnly: [], notToMembers: [] }), neighbours([t], [], [])],
      ]);
      // By side, kept until that side is asked for (a side's frontier changes only when it is read).
      const ahead = new Map<string, { key: string; rows: NeighbourRecord[] }>();
      const asked: string[] = [];
      let reads = 1;
      // Without reading ahead: the start, then every read the ends' rows do not answer.
      let oneByOne = 1;
      for (let r = search.next(); r; r = search.next()) {
        asked.push(key(r));
        let rows = ends.get(key(r));
        ends.delete(key(r));
        if (!rows) oneByOne++;
        if (!rows) {
          const kept = ahead.get(r.side);
          ahead.delete(r.side);
          if (kept?.key === key(r)) rows = kept.rows;
        }
        if (!rows) {
          reads++;
          rows = neighbours(r.ids, r.providesOnly, r.notToMembers);
          let beside = search.alongside(r);
          if (beside && ends.has(key(beside))) beside = search.alongside(r, ends.get(key(beside)));
          if (beside && !ends.has(key(beside)) && ahead.get(beside.side)?.key !== key(beside)) {
            ahead.set(beside.side, { key: key(beside), rows: neighbours(beside.ids, beside.providesOnly, beside.notToMembers) });
          }
        }
        search.absorb(r.side, rows);
      }
      const outcome = search.outcome();
      const walks = outcome.found ? outcome.candidates.map((edgeIds) => search.walk(edgeIds).join(' > ')).sort() : [];
      return { outcome, walks, expansions: search.expansions, asked, reads, oneByOne };
    },
  };
}

const org = (id: string, kind = 'MUNICIPAL_UNIT'): SearchNode => ({ id, label: 'Organisation', kind });
const other = (id: string): SearchNode => ({ id, label: 'Other' });
const channel = (id: string): SearchNode => ({ id, label: 'Channel', kind: 'MEDCOM_CORRESPONDENCE' });
const group = (id: string, validTo: string | null = null): SearchNode => ({ id, label: 'Group', validTo });

describe('connection search', () => {
  it('finds the shortest path through a person working in both organisations, with one read per hop of the ball', () => {
    const g = graph(
      [org('a'), org('b'), other('p')],
      [
        ['r1', 'WORKS_IN', 'p', 'a'],
        ['r2', 'WORKS_IN', 'p', 'b'],
      ],
    );
    const { outcome, walks, expansions } = g.ask('a', 'b', { alternatives: 0 });
    expect(outcome).toMatchObject({ found: true, shortest: 2 });
    expect(walks).toEqual(['a > p > b']);
    expect(expansions).toBe(2);
  });

  it('never walks through the region or a cluster: two units only in the same region are not linked', () => {
    const g = graph(
      [org('a'), org('b'), org('region', 'REGION'), org('cluster', 'CLUSTER')],
      [
        ['r1', 'PART_OF', 'a', 'region'],
        ['r2', 'PART_OF', 'b', 'region'],
        ['r3', 'IN_CLUSTER', 'a', 'cluster'],
        ['r4', 'IN_CLUSTER', 'b', 'cluster'],
      ],
    );
    expect(g.ask('a', 'b').outcome).toEqual({ found: false, exhausted: true });
    // A hub may still be an end of the question.
    expect(g.ask('a', 'region').walks).toEqual(['a > region']);
  });

  it('a channel joins its provider with those it serves, never two it serves', () => {
    const g = graph(
      [org('m1'), org('m2'), org('viso'), channel('ch')],
      [
        ['s1', 'SERVES', 'ch', 'm1'],
        ['s2', 'SERVES', 'ch', 'm2'],
        ['p', 'PROVIDES', 'viso', 'ch'],
      ],
    );
    expect(g.ask('m1', 'm2').outcome).toMatchObject({ found: false });
    expect(g.ask('m1', 'viso').walks).toEqual(['m1 > ch > viso']);
  });

  it('an umbrella (PLO) does not join two of its members, but a municipality joins its units', () => {
    const g = graph(
      [org('gp1', 'GP_PRACTICE'), org('gp2', 'GP_PRACTICE'), org('plo', 'GP_ORGANISATION'), org('u1'), org('u2'), org('muni', 'MUNICIPALITY')],
      [
        ['a', 'PART_OF', 'gp1', 'plo'],
        ['b', 'PART_OF', 'gp2', 'plo'],
        ['c', 'PART_OF', 'u1', 'muni'],
        ['d', 'PART_OF', 'u2', 'muni'],
      ],
    );
    expect(g.ask('gp1', 'gp2').outcome).toMatchObject({ found: false });
    expect(g.ask('gp1', 'plo').walks).toEqual(['gp1 > plo']);
    expect(g.ask('u1', 'u2').walks).toEqual(['u1 > muni > u2']);
  });

  it('a group that has ended is not walked through; a current one is', () => {
    const nodes = [org('a'), org('b'), other('p'), other('q'), group('old', '2025-12-31'), group('now', '2027-01-01')];
    const ended = graph(nodes, [
      ['1', 'WORKS_IN', 'p', 'a'],
      ['2', 'MEMBER_OF', 'p', 'old'],
      ['3', 'MEMBER_OF', 'q', 'old'],
      ['4', 'WORKS_IN', 'q', 'b'],
    ]);
    expect(ended.ask('a', 'b').outcome).toMatchObject({ found: false });
    const current = graph(nodes, [
      ['1', 'WORKS_IN', 'p', 'a'],
      ['2', 'MEMBER_OF', 'p', 'now'],
      ['3', 'MEMBER_OF', 'q', 'now'],
      ['4', 'WORKS_IN', 'q', 'b'],
    ]);
    expect(current.ask('a', 'b').walks).toEqual(['a > p > now > q > b']);
  });

  it('gives the paths one hop longer as alternatives only when asked for some, and respects maxHops', () => {
    const g = graph(
      [org('a'), org('b'), other('p'), other('x'), other('y')],
      [
        ['1', 'WORKS_IN', 'p', 'a'],
        ['2', 'WORKS_IN', 'p', 'b'],
        ['3', 'CONTACT_FOR', 'x', 'a'],
        ['4', 'WORKS_IN', 'x', 'y'],
        ['5', 'CONTACT_FOR', 'y', 'b'],
      ],
    );
    expect(g.ask('a', 'b', { alternatives: 0 }).walks).toEqual(['a > p > b']);
    expect(g.ask('a', 'b', { alternatives: 2 }).walks).toEqual(['a > p > b', 'a > x > y > b']);
    expect(g.ask('a', 'b', { maxHops: 1 }).outcome).toEqual({ found: false, exhausted: false });
  });

  it('two periods of the same employment give one path, not two that read alike', () => {
    const g = graph(
      [org('a'), org('b'), other('p')],
      [
        ['1', 'WORKS_IN', 'p', 'a'],
        ['1b', 'WORKS_IN', 'p', 'a'],
        ['2', 'WORKS_IN', 'p', 'b'],
      ],
    );
    expect(g.ask('a', 'b').walks).toEqual(['a > p > b']);
  });
});

describe('connection search reading ahead', () => {
  // Two chains of people and units between a and b (6 hops each, the second joined in the
  // middle), a side branch at each end, and a group that has ended.
  const g = graph(
    [
      org('a'),
      org('b'),
      org('u1'),
      org('u2'),
      org('u3'),
      org('u4'),
      other('p1'),
      other('p2'),
      other('p3'),
      other('q1'),
      other('q2'),
      group('old', '2020-01-01'),
      org('side'),
    ],
    [
      ['r1', 'WORKS_IN', 'p1', 'a'],
      ['r2', 'WORKS_IN', 'p1', 'u1'],
      ['r3', 'PART_OF', 'u1', 'u2'],
      ['r4', 'WORKS_IN', 'p2', 'u2'],
      ['r5', 'WORKS_IN', 'p2', 'u3'],
      ['r6', 'WORKS_IN', 'p3', 'u3'],
      ['r7', 'WORKS_IN', 'p3', 'b'],
      ['r8', 'WORKS_IN', 'q1', 'a'],
      ['r9', 'WORKS_IN', 'q1', 'u4'],
      ['r10', 'WORKS_IN', 'q2', 'u4'],
      ['r11', 'WORKS_IN', 'q2', 'u3'],
      ['r12', 'MEMBER_OF', 'p1', 'old'],
      ['r13', 'MEMBER_OF', 'q2', 'old'],
      ['r14', 'PART_OF', 'side', 'b'],
    ],
  );

  it('asks for the same reads and gives the same answer as reading one side at a time, in fewer reads', () => {
    let fewer = 0;
    for (const [s, t] of [
      ['a', 'b'],
      ['b', 'a'],
      ['p1', 'b'],
      ['u1', 'side'],
      ['a', 'u3'],
      ['q1', 'p3'],
      ['side', 'a'],
    ] as const) {
      for (const alternatives of [0, 1, 3]) {
        for (const maxHops of [2, 3, 4, 6]) {
          const plain = g.ask(s, t, { alternatives, maxHops });
          const ahead = g.askReadingAhead(s, t, { alternatives, maxHops });
          expect({ outcome: ahead.outcome, walks: ahead.walks, expansions: ahead.expansions }).toEqual(plain);
          expect(ahead.reads).toBeLessThanOrEqual(ahead.oneByOne);
          if (ahead.reads < ahead.oneByOne) fewer++;
        }
      }
    }
    expect(fewer).toBeGreaterThan(0);
    // u1 to side, 6 hops: the read of b (side's side) takes u1's next step (p1, u2) along, which
    // the search asks for after three reads of that side: 4 reads instead of 5.
    const far = g.askReadingAhead('u1', 'side', { alternatives: 1, maxHops: 6 });
    expect(far.outcome).toMatchObject({ found: true, shortest: 6 });
    expect(far.asked).toEqual([
      '["F",["u1"],[],[]]',
      '["B",["side"],[],[]]',
      '["B",["b"],[],[]]',
      '["B",["p3"],[],[]]',
      '["B",["u3"],[],[]]',
      '["F",["p1","u2"],[],[]]',
    ]);
    expect([far.expansions, far.oneByOne, far.reads]).toEqual([6, 5, 4]);
  });

  it('reads nothing ahead when the next read may be the last', () => {
    // No alternatives and no path known yet: the next read may find the shortest and end the search.
    for (const [s, t] of [
      ['a', 'b'],
      ['a', 'u1'],
      ['q1', 'p3'],
    ] as const) {
      const plain = g.askReadingAhead(s, t, { alternatives: 0 });
      expect(plain.reads).toBe(plain.oneByOne);
    }
  });
});

describe('connection ranking', () => {
  const edge = (id: string, type: string, source: string, target: string) => ({ id, type, source, target });
  const nodes = new Map([['ch', { id: 'ch', name: 'Kanal', status: 'PLANNED' }]]);

  it('costs each hop by its type: a fixed contact before a membership before the organisation tree', () => {
    expect(HOP_COST.CONTACT_FOR!).toBeLessThan(HOP_COST.MEMBER_OF!);
    expect(HOP_COST.MEMBER_OF!).toBeLessThan(HOP_COST.PART_OF!);
    expect(pathCost([edge('1', 'CONTACT_FOR', 'p', 'a'), edge('2', 'PART_OF', 'a', 'b')], () => undefined)).toBe(HOP_COST.CONTACT_FOR! + HOP_COST.PART_OF!);
  });

  it('adds a cost for a channel not yet in use', () => {
    expect(pathCost([edge('1', 'PROVIDES', 'a', 'ch')], (id) => nodes.get(id))).toBe(HOP_COST.PROVIDES! + CHANNEL_NOT_ESTABLISHED_COST);
  });

  it('orders by length, then cost, then the names along the way', () => {
    const p = (name: string, ...edges: ReturnType<typeof edge>[]) => ({
      name,
      edges,
      nodes: [{ id: 's', name }, ...edges.map((e) => ({ id: e.target, name }))],
    });
    const long = p('A', edge('1', 'CONTACT_FOR', 's', 'x'), edge('2', 'CONTACT_FOR', 'x', 't'), edge('3', 'CONTACT_FOR', 'x', 't'));
    const tree = p('A', edge('4', 'PART_OF', 's', 'u'), edge('5', 'PART_OF', 'u', 't'));
    const peopleB = p('B', edge('6', 'WORKS_IN', 's', 'v'), edge('7', 'WORKS_IN', 'v', 't'));
    const peopleA = p('Å', edge('8', 'WORKS_IN', 's', 'w'), edge('9', 'WORKS_IN', 'w', 't'));
    expect(rankPaths([long, tree, peopleA, peopleB], () => undefined, 10).map((x) => x.name + x.edges.length)).toEqual(['B2', 'Å2', 'A2', 'A3']);
    expect(rankPaths([long, tree, peopleA, peopleB], () => undefined, 1)).toHaveLength(1);
  });
});
