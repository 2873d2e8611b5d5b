import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { rankCandidates, typoDistance, wordMatch } from '../../api/src/modules/core/forgiving-search.js';
import { signedIn } from '../support/sign-in.js';

interface Hit {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  parentName: string | null;
  score: number;
}

describe('findNodes: one forgiving search for every picker (Central Denmark seed)', () => {
  let t: TestApp;
  let viewer: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    viewer = await signedIn(t, 'VIEWER');
  });
  afterAll(() => t.close());

  const find = async (text: string, extra = '', headers?: Record<string, string>): Promise<Hit[]> => {
    const r = await t.gql<{ findNodes: Hit[] }>(
      `query($text: String!) { findNodes(text: $text${extra}) { id label name kind parentName score } }`,
      { text },
      headers,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.findNodes;
  };

  it('several words across name, kind and parent: "PPR Horsens", "Vestergade Horsens", "læge horsens"', async () => {
    expect((await find('PPR Horsens'))[0]!.id).toBe('org:ppr-horsens');
    expect((await find('Vestergade Horsens'))[0]!.id).toBe('org:gp-horsens-vestergade');
    const doctors = await find('læge horsens');
    expect(doctors[0]!.kind).toBe('GP_PRACTICE');
    expect(doctors[0]!.name).toMatch(/Horsens/);
    // Words in any order, Danish letters typed or spelled out.
    expect((await find('horsens ppr'))[0]!.id).toBe('org:ppr-horsens');
    expect((await find('laege horsens'))[0]!.id).toBe(doctors[0]!.id);
    // Every word must match: no PPR of another municipality.
    expect((await find('PPR Horsens')).every((h) => h.label !== 'Organisation' || /Horsens/.test(h.name))).toBe(true);
  });

  it('forgives a typo, ranks the exact name first, and tells alike apart by parent', async () => {
    expect((await find('Vestrgade Horsens'))[0]!.id).toBe('org:gp-horsens-vestergade');
    expect((await find('ppr randrs'))[0]!.id).toBe('org:ppr-randers');
    expect((await find('Norddjurs'))[0]!.id).toBe('org:municipality-norddjurs');
    expect((await find('BUA'))[0]!.id).toBe('org:bua');
    const units = await find('PPR');
    expect(units.filter((h) => h.label === 'Organisation').every((h) => h.parentName !== null)).toBe(true);
    const scores = units.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('anonymous visitors find people by title and workplace, never by name; signed-in viewers by name', async () => {
    const anonymous = await find('psykolog horsens', ', labels: [Person]');
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.every((h) => h.label === 'Person' && !/\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ][a-zæøå]+sen\b/.test(h.name))).toBe(true);
    const [named] = (await t.gql<{ people: { nodes: Array<{ id: string; name: string }> } }>('{ people(first: 1) { nodes { id name } } }', {}, viewer)).data!
      .people.nodes;
    expect((await find(named!.name, ', labels: [Person]', viewer)).map((h) => h.id)).toContain(named!.id);
    expect((await find(named!.name, ', labels: [Person]')).map((h) => h.id)).not.toContain(named!.id);
  });

  it('refuses a text too short or too long, and a bad "first", with coded errors', async () => {
    for (const [text, extra] of [
      ['a', ''],
      ['x'.repeat(201), ''],
      ['horsens', ', first: 0'],
    ] as const) {
      const r = await t.gql<unknown>(`query($text: String!) { findNodes(text: $text${extra}) { id } }`, { text });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the ranking on its own', () => {
  it('typo distance counts a swap as one', () => {
    expect(typoDistance('vestergade', 'vestregade', 2)).toBe(1);
    expect(typoDistance('horsens', 'horsnes', 1)).toBe(1);
    expect(typoDistance('ppr', 'abc', 1)).toBeGreaterThan(1);
  });
  it('a whole word beats a word start, which beats the inside of a word and a typo', () => {
    expect(wordMatch('horsens', 'ppr horsens kommune')).toBe(1);
    expect(wordMatch('hors', 'ppr horsens kommune')).toBe(0.85);
    expect(wordMatch('rsens', 'ppr horsens kommune')).toBe(0.6);
    expect(wordMatch('horsnes', 'ppr horsens kommune')).toBe(0.45);
    expect(wordMatch('xyz', 'ppr horsens kommune')).toBe(0);
  });
  it('every word must match somewhere', () => {
    const c = { id: 'a', label: 'Organisation', name: 'PPR, Randers Kommune', shortName: null, kind: 'MUNICIPAL_UNIT', sector: null, title: null, parents: [] };
    expect(rankCandidates([c], 'ppr horsens', (a, b) => a.localeCompare(b))).toEqual([]);
    expect(rankCandidates([c], 'ppr randers', (a, b) => a.localeCompare(b))).toHaveLength(1);
  });
});

describe('what a node belongs to only narrows', () => {
  it('a word that matches only the parent does not list everything under it', () => {
    const person = {
      id: 'p',
      label: 'Person',
      name: null,
      shortName: null,
      kind: null,
      sector: null,
      title: 'Psykolog, PPR',
      parents: ['PPR, Syddjurs Kommune'],
    };
    expect(rankCandidates([person], 'syddjurs', (a, b) => a.localeCompare(b))).toEqual([]);
    expect(rankCandidates([person], 'ppr syddjurs', (a, b) => a.localeCompare(b))).toHaveLength(1);
  });
});
