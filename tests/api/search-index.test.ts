import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adHocCypher } from '../support/ad-hoc-cypher.js';
import { backfillSearchKeys, KEY_FIELD_SEPARATOR, NUL } from '../../api/src/modules/core/search-keys.js';
import { foldText } from '../../api/src/modules/core/text-fold.js';
import { listPeople } from '../../api/src/modules/person/person-reader.js';
import { SEARCHABLE_LABELS } from '../../api/src/modules/search/search-reader.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * The people list's buckets and search's roles (api/src/modules/core/search-keys.ts) give the
 * answers of the statements that read every key (person/list, search/search), on the
 * Central Denmark seed: after creates, renames and deletes (which keep the sizes counted), with
 * bucket sizes that are wrong either way, and when buckets and roles are missing at start-up.
 */

let t: TestApp;
let admin: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'ADMIN');
});
afterAll(() => t.close());

interface Row {
  id: string;
  order: string;
}

/** Every person's id in list order, as person/list (reading every key) pages them. */
async function expectedOrder(): Promise<string[]> {
  const [row] = await t.db.run<{ total: number; rows: Row[] }>(t.queries.personList, { text: null, personal: true, after: null, nul: NUL, limit: 100000 });
  expect(row!.total).toBe(row!.rows.length);
  return row!.rows.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map((r) => r.id);
}

/** The unfiltered list read page by page through the buckets. */
async function pagedOrder(first: number): Promise<{ ids: string[]; totals: Set<number> }> {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (;;) {
    const page = await listPeople(t.db, t.queries, {}, first, after, true);
    ids.push(...page.nodes.map((n) => n.id));
    totals.add(page.totalCount);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, totals };
}

async function expectPagesAsTheFullList(sizes: number[]) {
  const expected = await expectedOrder();
  for (const first of sizes) {
    const { ids, totals } = await pagedOrder(first);
    expect(ids, `first: ${first}`).toEqual(expected);
    expect([...totals]).toEqual([expected.length]);
  }
}

const setSizes = (size: number) => t.db.run(adHocCypher('MATCH (b:PersonBucket) SET b.size = $size', ['size']), { size });

const bucketSizes = async () =>
  Object.fromEntries(
    (await t.db.run<{ prefix: string; size: number }>(adHocCypher('MATCH (b:PersonBucket) WHERE b.size <> 0 RETURN b.prefix AS prefix, b.size AS size'))).map(
      (b) => [b.prefix, b.size],
    ),
  );
const countedSizes = async () =>
  Object.fromEntries(
    (await t.db.run<{ prefix: string; size: number }>(adHocCypher('MATCH (k:PersonKey) RETURN k.bucket AS prefix, count(k) AS size'))).map((b) => [
      b.prefix,
      b.size,
    ]),
  );

/** Texts that hit people by title, organisations by name and address, nothing, or across words. */
const TEXTS = [
  'ppr',
  'aarhus',
  'Århus',
  'psykolog',
  'læge',
  'sundhedspleje',
  'børne- og ungdomspsykiatri',
  'an',
  'er',
  'e o',
  'randers',
  '8000',
  '8000 aarhus',
  'xyzzy',
  'leder',
  'sygeplejerske',
  'afsnit',
  'team',
];

async function expectSearchAsTheFullScan() {
  const labelSets = [[...SEARCHABLE_LABELS], ['Person'], ['Organisation', 'Group']];
  for (const raw of TEXTS)
    for (const labels of labelSets)
      for (const limit of [1, 5, 20, 50]) {
        const text = foldText(raw);
        for (const personal of [false, true]) {
          const params = { text, compact: text.replaceAll(' ', ''), sep: KEY_FIELD_SEPARATOR, labels, personal, limit };
          const full = await t.db.run(t.queries.search, params);
          const statement = personal ? t.queries.searchPersonal : t.queries.searchPublic;
          expect(await t.db.run(statement, params), `${raw} ${labels.join()} ${limit} ${personal}`).toEqual(full);
        }
      }
}

describe('the people list read by buckets', () => {
  it('pages as the full list, with any page size', async () => {
    await expectPagesAsTheFullList([1, 2, 3, 7, 50, 100]);
    expect(await bucketSizes()).toEqual(await countedSizes());
  });

  it('bucket sizes follow creates and renames, and a size too high or too low changes no page', async () => {
    const ids: string[] = [];
    for (const name of ['Aage Ørsted', 'Åse Aabye', 'Zacharias Zeuthen', 'Aabenraa Andersen', 'Ølund Bach']) {
      const r = await t.gql<{ createPerson: { id: string } }>(
        `mutation($n: String!) { createPerson(properties: {name: $n, fictitious: true}) { id } }`,
        { n: name },
        admin,
      );
      expect(r.errors).toBeUndefined();
      ids.push(r.data!.createPerson.id);
    }
    const renamed = await t.gql<unknown>(
      `mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {name: "Bodil Bach"}) { version } }`,
      { id: ids[0] },
      admin,
    );
    expect((renamed as { errors?: unknown }).errors).toBeUndefined();
    expect(await bucketSizes()).toEqual(await countedSizes());
    await expectPagesAsTheFullList([1, 4, 100]);
    // A delete takes its person out of the bucket's size in the same transaction.
    for (const id of ids.slice(1)) {
      const d = await t.gql<unknown>(`mutation($id: ID!) { deletePerson(id: $id, version: 1) { id } }`, { id }, admin);
      expect((d as { errors?: unknown }).errors).toBeUndefined();
    }
    expect(await bucketSizes()).toEqual(await countedSizes());
    await expectPagesAsTheFullList([1, 3, 100]);
    // Sizes wrong either way (a store written by an older version) change no page.
    await setSizes(1000);
    await expectPagesAsTheFullList([1, 3, 100]);
    await setSizes(0);
    await expectPagesAsTheFullList([1, 3, 100]);
    // The start-up recount puts them right: the check finds them off (keys were all up to date).
    expect(await backfillSearchKeys(t.db, t.queries)).toEqual({ written: 0, dropped: 0, recounted: true });
    expect(await bucketSizes()).toEqual(await countedSizes());
    expect((await backfillSearchKeys(t.db, t.queries)).recounted).toBe(false);
  });
});

describe('search read by structures, names and roles', () => {
  it('answers as the statement that reads every key, for visitors and signed-in viewers', async () => {
    await expectSearchAsTheFullScan();
  });

  it('a person whose title changes is found by the new title only', async () => {
    const r = await t.gql<{ createPerson: { id: string } }>(
      `mutation { createPerson(properties: {name: "Karen Kvist", title: "Zoneterapeut i PPR", fictitious: true}) { id } }`,
      {},
      admin,
    );
    const id = r.data!.createPerson.id;
    const SEARCH = `query($q: String!) { search(text: $q, first: 50, labels: [Person]) { id matchedField score } }`;
    const hits = async (q: string) => (await t.gql<{ search: Array<{ id: string }> }>(SEARCH, { q })).data!.search.map((h) => h.id);
    expect(await hits('zoneterapeut')).toEqual([id]);
    await t.gql<unknown>(`mutation($id: ID!) { updatePerson(id: $id, version: 1, properties: {title: "Ergoterapeut"}) { version } }`, { id }, admin);
    expect(await hits('zoneterapeut')).toEqual([]);
    expect(await hits('ergoterapeut')).toContain(id);
    await expectSearchAsTheFullScan();
  });
});

describe('buckets and roles are made at start-up when missing', () => {
  it('a store without them gets them, with the same answers', async () => {
    const expected = await expectedOrder();
    await t.db.run(adHocCypher('MATCH (n) WHERE n:PersonBucket OR n:SearchRole DETACH DELETE n'));
    await t.db.run(adHocCypher('MATCH (k:SearchKey) REMOVE k.bucket, k.role, k:StructureKey SET k.stamp = $stale', ['stale']), { stale: 'old' });
    const { written } = await backfillSearchKeys(t.db, t.queries);
    expect(written).toBeGreaterThan(0);
    expect(await bucketSizes()).toEqual(await countedSizes());
    expect((await pagedOrder(10)).ids).toEqual(expected);
    await expectSearchAsTheFullScan();
  });
});
