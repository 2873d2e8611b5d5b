import { expect } from 'vitest';
import { foldText } from '../../../api/src/modules/core/text-fold.js';
import { KEY_FIELD_SEPARATOR, keyIndexInStep, NUL, searchKeys, type KeyIndexRow } from '../../../api/src/modules/core/search-keys.js';
import { SEARCHABLE_LABELS } from '../../../api/src/modules/search/search-reader.js';
import { adHocCypher } from '../../support/ad-hoc-cypher.js';
import type { ContractCases } from './contract-case.js';

/**
 * The people list's buckets and anonymous search's roles (api/src/modules/core/search-keys.ts):
 * on the Central Denmark seed (read-only) they give what the statements that read every key
 * give (person/list, search/search); on the contract fixture, how writes keep them.
 */
type Page = { total: number; rows: Array<{ id: string; order: string }>; skipped?: number };
const ids = (p: Page | undefined) => p!.rows.map((r) => r.id);
const fullList = { text: null, personal: true, nul: NUL };

export const searchIndexReadCases: ContractCases = {
  personListByBuckets: async ({ db, queries }) => {
    const [all] = await db.run<Page>(queries.personList, { ...fullList, after: null, limit: 300 });
    expect(all!.total).toBe(238);
    // Pages of 1, 7 and 60 from the start and after a row, as person/list gives them.
    for (const limit of [1, 7, 60])
      for (const at of [-1, 0, 30, 236, 237]) {
        const after = at < 0 ? null : all!.rows[at]!.order;
        const from = after === null ? '' : [...after.slice(0, after.indexOf(NUL))].slice(0, 3).join('');
        const [page] = await db.run<Page>(queries.personListByBuckets, { from, after, nul: NUL, limit });
        expect(page!.total).toBe(238);
        expect(ids(page).sort()).toEqual(
          ids(all)
            .slice(at + 1, at + 1 + limit)
            .sort(),
        );
        // Rows fall short only past the end, where no bucket is left out.
        if (page!.rows.length < limit) expect(page!.skipped).toBe(0);
      }
  },

  personListByBucketsWithLinks: async ({ db, queries }) => {
    // The same pages as person/list-by-buckets, each person with the relationships person/by-ids gives.
    type Rel = { id: string };
    type Linked = { rows: Array<{ id: string; order: string; worksIn: Rel[]; contactFor: Rel[]; memberships: Rel[]; mandates: Rel[] }> };
    const byId = (rels: Rel[]) => [...rels].sort((a, b) => (a.id < b.id ? -1 : 1));
    const [all] = await db.run<Page>(queries.personList, { ...fullList, after: null, limit: 300 });
    let linked = 0;
    for (const limit of [1, 60])
      for (const at of [-1, 0, 30, 237]) {
        const after = at < 0 ? null : all!.rows[at]!.order;
        const from = after === null ? '' : [...after.slice(0, after.indexOf(NUL))].slice(0, 3).join('');
        const params = { from, after, nul: NUL, limit };
        const [plain] = await db.run<Page>(queries.personListByBuckets, params);
        // A row per person, each with the page's total and skipped; no row for a page without people.
        const perPerson = await db.run<{ total: number; skipped: number; person: Linked['rows'][number] }>(queries.personListByBucketsWithLinks, params);
        expect(perPerson).toHaveLength(plain!.rows.length);
        for (const r of perPerson) expect([r.total, r.skipped]).toEqual([plain!.total, plain!.skipped]);
        const page = { rows: perPerson.map((r) => r.person) };
        const people = page!.rows.map(({ worksIn: _w, contactFor: _c, memberships: _m, mandates: _h, ...p }) => p);
        expect(people).toEqual(expect.arrayContaining(plain!.rows));
        expect(people).toHaveLength(plain!.rows.length);
        const records = await db.run<{ person: { id: string }; worksIn: Rel[]; contactFor: Rel[]; memberships: Rel[]; mandates: Rel[] }>(queries.peopleByIds, {
          ids: people.map((p) => p.id),
        });
        for (const row of page!.rows) {
          const record = records.find((r) => r.person.id === row.id)!;
          for (const column of ['worksIn', 'contactFor', 'memberships', 'mandates'] as const)
            expect(byId(row[column]), `${row.id} ${column}`).toEqual(byId(record[column]));
          linked += row.worksIn.length + row.contactFor.length + row.memberships.length;
        }
      }
    // The pages hold relationships of every kind the seed gives people.
    expect(linked).toBeGreaterThan(60);
  },

  searchPublic: async ({ db, queries }) => {
    for (const raw of ['ppr', 'randers', 'sundhedsplejerske', 'psykolog', 'an', '8900', 'xyzzy'])
      for (const labels of [[...SEARCHABLE_LABELS], ['Person']])
        for (const limit of [3, 50]) {
          const text = foldText(raw);
          const params = { text, compact: text.replaceAll(' ', ''), sep: KEY_FIELD_SEPARATOR, labels, personal: false, limit };
          expect(await db.run(queries.searchPublic, params), raw).toEqual(await db.run(queries.search, params));
        }
  },

  searchPersonal: async ({ db, queries }) => {
    for (const raw of ['ppr', 'randers', 'sundhedsplejerske', 'psykolog', 'an', 'hanne', 'flemming henriksen', '8900', 'xyzzy'])
      for (const labels of [[...SEARCHABLE_LABELS], ['Person']])
        for (const limit of [3, 50]) {
          const text = foldText(raw);
          const params = { text, compact: text.replaceAll(' ', ''), sep: KEY_FIELD_SEPARATOR, labels, personal: true, limit };
          expect(await db.run(queries.searchPersonal, params), raw).toEqual(await db.run(queries.search, params));
        }
  },
};

const bucketsOf = async (env: Parameters<NonNullable<ContractCases['personAdjustBuckets']>>[0]) =>
  Object.fromEntries(
    (await env.db.run<{ prefix: string; size: number }>(adHocCypher('MATCH (b:PersonBucket) RETURN b.prefix AS prefix, b.size AS size'))).map((b) => [
      b.prefix,
      b.size,
    ]),
  );

/** Keeping buckets and roles, on the small contract fixture (after the search keys' cases). */
export const searchIndexWriteCases: ContractCases = {
  personAdjustBuckets: async (env) => {
    const { db, queries } = env;
    // The fixture has no people: one is made here. Its key written reports the bucket the
    // person entered (from none), and written again, none.
    await db.run(adHocCypher("CREATE (:Entity:Person {id: 'person:p1', name: 'Åse Ørsted', title: 'Psykolog', version: 9, updatedAt: 'y'})"));
    const source = { id: 'person:p1', label: 'Person', props: { name: 'Åse Ørsted', title: 'Psykolog', version: 9, updatedAt: 'y' } };
    const keys = searchKeys(source);
    expect(keys.bucket).toBe('}se');
    const rows = [{ id: 'person:p1', person: true, keys }];
    const [written] = await db.run<{ written: number; moved: unknown[] }>(queries.searchWriteKeys, { rows });
    expect(written!.written).toBe(1);
    expect(written!.moved).toEqual([{ before: null, after: '}se' }]);
    expect(await db.run(queries.searchWriteKeys, { rows })).toEqual([{ written: 1, moved: [] }]);
    const before = await bucketsOf(env);
    expect(
      await db.run(queries.personAdjustBuckets, {
        buckets: [
          { prefix: '}se', delta: 2 },
          { prefix: 'zzz', delta: 1 },
        ],
      }),
    ).toEqual([{ buckets: 2 }]);
    const after = await bucketsOf(env);
    expect(after['}se']).toBe((before['}se'] ?? 0) + 2);
    expect(after.zzz).toBe((before.zzz ?? 0) + 1);
  },

  personRecountBuckets: async (env) => {
    const { db, queries } = env;
    await db.run(queries.personRecountBuckets);
    const counted = await db.run<{ prefix: string; size: number }>(adHocCypher('MATCH (k:PersonKey) RETURN k.bucket AS prefix, count(k) AS size'));
    const sizes = await bucketsOf(env);
    expect(counted).toEqual([{ prefix: '}se', size: 1 }]);
    expect(sizes['}se']).toBe(1);
    // A bucket no one is in any more is kept, with size 0.
    expect(sizes.zzz).toBe(0);
  },

  searchMergeRoles: async ({ db, queries }) => {
    const role = { key: '\u001fpsykolog\u001f\u001f\u001f', compact: '\u001f' };
    expect(await db.run(queries.searchMergeRoles, { roles: [role] })).toEqual([{ roles: 1 }]);
    expect(await db.run(queries.searchMergeRoles, { roles: [role] })).toEqual([{ roles: 1 }]);
    expect(await db.run(adHocCypher('MATCH (r:SearchRole {key: $key}) RETURN count(r) AS n', ['key']), { key: role.key })).toEqual([{ n: 1 }]);
  },

  searchRecountRoles: async ({ db, queries }) => {
    await db.run(adHocCypher('MATCH (r:SearchRole) DETACH DELETE r'));
    const [made] = await db.run<{ roles: number }>(queries.searchRecountRoles);
    const distinct = await db.run<{ n: number }>(adHocCypher('MATCH (k:PersonKey) WHERE k.role IS NOT NULL RETURN count(DISTINCT k.role) AS n'));
    expect(made!.roles).toBe(distinct[0]!.n);
    expect(made!.roles).toBe(1);
  },

  searchKeyIndexCheck: async ({ db, queries }) => {
    // After the recounts above: the fixture's one person in '}se', the emptied 'zzz' at 0, one role.
    const rows = await db.run<KeyIndexRow>(queries.searchKeyIndexCheck);
    const role = '\u001fpsykolog\u001f\u001f\u001f';
    const sorted = (rs: KeyIndexRow[]) => [...rs].sort((a, b) => `${a.kind}${a.side}${a.key}`.localeCompare(`${b.kind}${b.side}${b.key}`));
    expect(sorted(rows)).toEqual(
      sorted([
        { kind: 'bucket', side: 'counted', key: '}se', size: 1, compact: null },
        { kind: 'bucket', side: 'stored', key: '}se', size: 1, compact: null },
        { kind: 'bucket', side: 'stored', key: 'zzz', size: 0, compact: null },
        { kind: 'role', side: 'counted', key: role, size: null, compact: '\u001f' },
        { kind: 'role', side: 'stored', key: role, size: null, compact: '\u001f' },
      ]),
    );
    expect(keyIndexInStep(rows)).toBe(true);
    // A size left too high, a missing role: a recount is due.
    await db.run(adHocCypher("MATCH (b:PersonBucket {prefix: 'zzz'}) SET b.size = 2"));
    expect(keyIndexInStep(await db.run<KeyIndexRow>(queries.searchKeyIndexCheck))).toBe(false);
    await db.run(queries.personRecountBuckets);
    expect(keyIndexInStep(await db.run<KeyIndexRow>(queries.searchKeyIndexCheck))).toBe(true);
    await db.run(adHocCypher('MATCH (r:SearchRole) DETACH DELETE r'));
    expect(keyIndexInStep(await db.run<KeyIndexRow>(queries.searchKeyIndexCheck))).toBe(false);
    await db.run(queries.searchRecountRoles);
    expect(keyIndexInStep(await db.run<KeyIndexRow>(queries.searchKeyIndexCheck))).toBe(true);
  },
};
