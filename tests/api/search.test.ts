import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { foldText, SEARCH_FOLD, foldParam } from '../../api/src/modules/core/text-fold.js';
import { DANISH_TEXT_FIXTURE, roundTrips } from './helpers.js';
import { signedIn } from '../support/sign-in.js';

const HIT = `id label name kind sector matchedField score`;
/** A hit as HIT selects it. */
interface Hit {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  matchedField: string;
  score: number;
}

describe('search on the Danish text fixture', () => {
  let t: TestApp;
  let viewer: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ dataset: DANISH_TEXT_FIXTURE });
    viewer = await signedIn(t, 'VIEWER');
  });
  afterAll(() => t.close());

  const search = async (text: string, extra = '', headers?: Record<string, string>) => {
    const r = await t.gql<{ search: Hit[] }>(`query($text: String!) { search(text: $text${extra}) { ${HIT} } }`, { text }, headers);
    expect(r.errors).toBeUndefined();
    return r.data!.search;
  };
  const ids = async (text: string, extra = '', headers?: Record<string, string>) => (await search(text, extra, headers)).map((h) => h.id);

  it('"aarhus" finds both Aarhus and Århus, and "århus" finds the same', async () => {
    const a = await ids('aarhus');
    expect(a).toEqual(expect.arrayContaining(['org:aarhus', 'org:aarhus-boernepsykiatri']));
    expect(await ids('århus')).toEqual(a);
    expect(await ids('ÅRHUS')).toEqual(a);
    expect(await ids('Aarhus')).toEqual(a);
    // Typed or pasted in decomposed letters (A + a combining ring, as a Mac or a PDF gives them).
    expect(await ids('A\u030Arhus')).toEqual(a);
    expect(await ids('a\u030Arhus')).toEqual(a);
  });

  it('folds æ/ae, ø/oe and å/aa the same way on both sides', async () => {
    const aeroe = await ids('ærø');
    expect(aeroe).toEqual(expect.arrayContaining(['org:aeroe', 'org:folkeskolerne', 'channel:medcom-aeroe', 'org:gp-aeroeskoebing']));
    expect(await ids('aeroe')).toEqual(aeroe);
    expect(await ids('AERØ')).toEqual(aeroe);
    expect(await ids('laesoe')).toEqual(['org:laesoe']);
    expect(await ids('læsø')).toEqual(['org:laesoe']);
    expect(await ids('ae')).toEqual(expect.arrayContaining(['org:aeroe', 'org:laesoe', 'org:gp-aeroeskoebing']));
    expect(await ids('æ')).toEqual(await ids('ae'));
  });

  it('ignores diacritics and punctuation', async () => {
    expect(await ids('cafe')).toEqual(['group:cafe-netvaerk']);
    expect(await ids('café netværket')).toEqual(['group:cafe-netvaerk']);
    expect(await ids('Cafe-Netvaerket')).toEqual(['group:cafe-netvaerk']);
  });

  it('ranks exact name > name prefix > word prefix > contains > another field', async () => {
    const hits = await search('skole', '', viewer);
    expect(hits.map((h) => [h.id, h.matchedField, h.score])).toEqual([
      ['org:skole', 'name', 100],
      ['org:skolesundhed', 'name', 80],
      ['org:ppr-skole', 'name', 60],
      ['org:folkeskolerne', 'name', 40],
      ['person:aage-oestergaard', 'title', 20],
    ]);
  });

  it('ranks an exact short name next to an exact name', async () => {
    const [first] = await search('Læsø');
    expect(first).toMatchObject({ id: 'org:laesoe', score: 90, matchedField: 'shortName' });
  });

  it('finds location numbers and phone numbers, spaces or not', async () => {
    expect(await search('5790001234560')).toEqual([expect.objectContaining({ id: 'org:gp-aeroeskoebing', matchedField: 'locationNumber', score: 20 })]);
    expect(await ids('5790 0012 3456')).toEqual(['org:gp-aeroeskoebing']);
    expect(await search('7011 2233')).toEqual([expect.objectContaining({ id: 'channel:raadgivningstelefon', matchedField: 'address' })]);
  });

  it("matches people's names only for signed-in viewers, and shows anonymous visitors the title", async () => {
    expect(await ids('winther')).toEqual([]);
    const hits = await search('winther', '', viewer);
    expect(hits).toEqual([expect.objectContaining({ id: 'person:aase-winther', name: 'Åse Winther', label: 'Person', matchedField: 'name', score: 60 })]);
    // "aase" is how "Åse" folds: the first name matches as a name prefix.
    expect(await ids('aase', '', viewer)).toEqual(['person:aase-winther']);
    const anonymous = await search('skoleleder');
    expect(anonymous).toEqual([expect.objectContaining({ id: 'person:aage-oestergaard', name: 'Skoleleder', matchedField: 'title' })]);
  });

  it('limits by label and by first, best first', async () => {
    expect((await search('skole', ', first: 2')).map((h) => h.id)).toEqual(['org:skole', 'org:skolesundhed']);
    expect(await ids('ærø', ', labels: [Channel]')).toEqual(['channel:medcom-aeroe']);
  });

  it('answers in one round trip', async () => {
    const r = await t.gql<unknown>(`{ search(text: "aarhus") { id } }`);
    expect(roundTrips(r)).toBe(1);
  });

  it('rejects too short a text and a bad first with BAD_USER_INPUT', async () => {
    for (const q of [
      `{ search(text: "a") { id } }`,
      `{ search(text: " - ") { id } }`,
      `{ search(text: "aarhus", first: 0) { id } }`,
      `{ search(text: "aarhus", first: 51) { id } }`,
    ]) {
      const r = await t.gql<unknown>(q);
      expect(r.errors?.[0]?.extensions?.code, q).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the fold table', () => {
  it('folds the text as the statements fold the stored names', () => {
    expect(foldText('  Århus ')).toBe('aarhus');
    expect(foldText('Ringkøbing-Skjern')).toBe('ringkoebing skjern');
    expect(foldText('Gødstrup Hospital (Hospitalsenhed Vest)')).toBe('goedstrup hospital hospitalsenhed vest');
    expect(foldText('Café Über')).toBe('cafe uber');
    // The statements get the very same pairs, in the same order.
    expect(foldParam(SEARCH_FOLD)).toEqual(SEARCH_FOLD.map(([a, b]) => [a, b]));
  });
});

describe('search on the Central Denmark seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('"århus" finds Aarhus Kommune first, and the Aarhus cluster', async () => {
    const r = await t.gql<{ search: Hit[] }>(`{ search(text: "århus", first: 10) { ${HIT} } }`);
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search;
    expect(hits[0]).toMatchObject({ id: 'org:municipality-aarhus', name: 'Aarhus Kommune', kind: 'MUNICIPALITY', sector: 'MUNICIPALITY' });
    expect(hits.map((h) => h.id)).toContain('org:cluster-aarhus');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds the Randers implementation group by a word of its name', async () => {
    const r = await t.gql<{ search: Hit[] }>(`{ search(text: "implementeringsgruppen randers", labels: [Group]) { ${HIT} } }`);
    expect(r.data?.search.map((h) => h.id)).toContain('group:implementeringsgruppe-randers');
  });
});
