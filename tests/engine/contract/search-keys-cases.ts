import { expect } from 'vitest';
import { foldText } from '../../../api/src/modules/core/text-fold.js';
import { KEY_FINGERPRINT, NUL, orderKey, searchKeys, sortKeyOf, type KeySource } from '../../../api/src/modules/core/search-keys.js';
import { adHocCypher } from '../../support/ad-hoc-cypher.js';
import type { ContractCases } from './contract-case.js';
import { first } from './rows.js';

/**
 * The people list (person/list and its filtered variants) on the Central Denmark seed
 * (read-only): 238 people, nine of them in Randers Kommune or its units; the answers are those
 * the list's earlier statement (which folded every name per request) gave.
 */
const TODAY = '2026-01-01';
const page = (extra: Record<string, unknown>) => ({
  organisationId: null,
  text: null,
  personal: true,
  isFixedContact: null,
  today: TODAY,
  after: null,
  nul: NUL,
  limit: 300,
  ...extra,
});
type Page = { total: number; rows: Array<{ id: string; name: string; order: string }> };
const ids = (p: Page | undefined) => p!.rows.map((r) => r.id);

export const peopleListCases: ContractCases = {
  personList: async ({ db, queries }) => {
    const [all] = await db.run<Page>(queries.personList, page({}));
    expect(all!.total).toBe(238);
    const names = all!.rows.map((r) => r.name);
    expect(names).toHaveLength(238);
    // Danish order: ø after z, so Søndergaard before Østergaard and Thomsen before Østergaard.
    expect(names.indexOf('Hanne Søndergaard')).toBeLessThan(names.indexOf('Hanne Østergaard'));
    expect(names.indexOf('Kim Thomsen')).toBeLessThan(names.indexOf('Kim Østergaard'));
    expect(names.indexOf('Susanne Jakobsen')).toBeLessThan(names.indexOf('Søren Vestergaard Mortensen'));
    expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
    const top = all!.rows[0]!;
    expect(top.order).toBe(orderKey(sortKeyOf(top.order), top.id));
    expect(sortKeyOf(top.order)).toBe(top.name.toLowerCase());
    // Keyset paging: the page after the fifth row starts with the sixth.
    const [first] = await db.run<Page>(queries.personList, page({ limit: 5 }));
    expect(first!.total).toBe(238);
    expect(ids(first)).toEqual(ids(all).slice(0, 5));
    const [second] = await db.run<Page>(queries.personList, page({ limit: 5, after: first!.rows[4]!.order }));
    expect(ids(second)).toEqual(ids(all).slice(5, 10));
    // Past the last row: no one, and the total still.
    expect(await db.run(queries.personList, page({ after: all!.rows.at(-1)!.order }))).toEqual([{ total: 238, rows: [] }]);
    // A name is only matched for signed-in viewers; titles always.
    const name = foldText('Flemming Henriksen');
    expect(await db.run(queries.personList, page({ text: name, personal: false }))).toEqual([{ total: 0, rows: [] }]);
    expect(ids((await db.run<Page>(queries.personList, page({ text: name, personal: true })))[0])).toEqual(['person:p150']);
    const [nurses] = await db.run<Page>(queries.personList, page({ text: foldText('sundhedsplejerske'), personal: false }));
    expect(nurses!.total).toBeGreaterThanOrEqual(19);
  },

  personListInOrganisation: async ({ db, queries }) => {
    const randersPage = (extra: Record<string, unknown>) => page({ organisationId: 'org:municipality-randers', ...extra });
    const [randers] = await db.run<Page>(queries.personListInOrganisation, randersPage({}));
    expect(randers!.total).toBe(9);
    expect(ids(randers)).toHaveLength(9);
    expect(ids(randers)).toContain('person:p151');
    // In the same order as the whole list.
    const [all] = await db.run<Page>(queries.personList, page({}));
    expect(ids(randers)).toEqual(ids(all).filter((id) => ids(randers).includes(id)));
    const [fixed] = await db.run<Page>(queries.personListInOrganisation, randersPage({ isFixedContact: true }));
    const [other] = await db.run<Page>(queries.personListInOrganisation, randersPage({ isFixedContact: false }));
    expect(fixed!.total + other!.total).toBe(9);
    expect(ids((await db.run<Page>(queries.personListInOrganisation, randersPage({ text: foldText('Flemming Henriksen') })))[0])).toEqual(['person:p150']);
    const [firstTwo] = await db.run<Page>(queries.personListInOrganisation, randersPage({ limit: 2 }));
    const [next] = await db.run<Page>(queries.personListInOrganisation, randersPage({ limit: 2, after: firstTwo!.rows[1]!.order }));
    expect(ids(next)).toEqual(ids(randers).slice(2, 4));
    expect(await db.run(queries.personListInOrganisation, page({ organisationId: 'org:nowhere' }))).toEqual([{ total: 0, rows: [] }]);
  },

  personListFixedContacts: async ({ db, queries }) => {
    const [contacts] = await db.run<Page>(queries.personListFixedContacts, page({ isFixedContact: true }));
    const [others] = await db.run<Page>(queries.personListFixedContacts, page({ isFixedContact: false }));
    expect(contacts!.total + others!.total).toBe(238);
    expect(ids(contacts)).toEqual(expect.arrayContaining(['person:p079', 'person:p006']));
    expect(ids(others)).not.toContain('person:p079');
  },

  searchKeySources: async ({ db, queries }) => {
    const ids = ['person:p150', 'org:municipality-randers', 'agreement:sundhedsaftale-2024-2027', 'org:nowhere'];
    const rows = await db.run<KeySource>(queries.searchKeySources, { ids, onlyStale: false, fingerprint: KEY_FINGERPRINT });
    expect(rows.map((r) => `${r.label} ${r.id}`).sort()).toEqual(['Organisation org:municipality-randers', 'Person person:p150']);
    expect(rows.find((r) => r.id === 'person:p150')!.props).toMatchObject({ name: 'Flemming Henriksen', version: 1 });
    // The seed load made every key: none is stale, unless the tables change.
    expect(await db.run(queries.searchKeySources, { ids, onlyStale: true, fingerprint: KEY_FINGERPRINT })).toEqual([]);
    expect(await db.run(queries.searchKeySources, { ids, onlyStale: true, fingerprint: 'other tables' })).toHaveLength(2);
  },

  searchStaleKeys: async ({ db, queries }) => {
    expect(await db.run(queries.searchStaleKeys, { fingerprint: KEY_FINGERPRINT })).toEqual([]);
    const all = await db.run<KeySource>(queries.searchStaleKeys, { fingerprint: 'other tables' });
    expect(all.filter((r) => r.label === 'Person')).toHaveLength(238);
    expect(new Set(all.map((r) => r.label))).toEqual(new Set(['Organisation', 'Person', 'Group', 'Channel']));
  },
};

/** Writing and dropping keys, on the small contract fixture (after the foundation's cases). */
export const searchKeyWriteCases: ContractCases = {
  searchWriteKeys: async ({ db, queries }) => {
    const source = { id: 'org:m1', label: 'Organisation', props: { name: 'Ærø Kommune', shortName: 'Ærø', version: 1, updatedAt: 'x' } };
    const rows = [{ id: 'org:m1', person: false, keys: searchKeys(source) }];
    // A key as an older layout wrote it (its fields each a key of their own): written over by
    // the current layout, it keeps none of them (SET k = keys, not +=).
    const older = [{ id: 'org:m1', person: false, keys: { ...searchKeys(source), name: 'aeroe kommune', shortName: 'aeroe' } }];
    expect(await db.run(queries.searchWriteKeys, { rows: older })).toEqual([{ written: 1, moved: [] }]);
    // An organisation has no list bucket, so none moved (search-index-cases has people's).
    expect(await db.run(queries.searchWriteKeys, { rows })).toEqual([{ written: 1, moved: [] }]);
    // Once more: the same key node is written over, not a second one made.
    expect(await db.run(queries.searchWriteKeys, { rows })).toEqual([{ written: 1, moved: [] }]);
    const keys = await db.run<{ k: Record<string, unknown> }>(
      adHocCypher('MATCH (:Entity {id: $id})-[:SEARCH_KEY]->(k:SearchKey) RETURN k {.*} AS k', ['id']),
      { id: 'org:m1' },
    );
    expect(keys).toEqual([{ k: expect.objectContaining({ id: 'org:m1', text: 'aeroe kommune\u001faeroe\u001f\u001f\u001f\u001f', sortKey: '{r| kommune' }) }]);
    expect(Object.keys(keys[0]!.k).filter((key) => ['name', 'shortName', 'title', 'profession', 'address', 'locationNumber'].includes(key))).toEqual([]);
    // Keys are no part of the map: node counts and the node's state leave them out.
    const state = first(await db.run<{ props: Record<string, unknown>; relationships: Array<{ type: string }> }>(queries.nodeState, { id: 'org:m1' }));
    expect(state.relationships.map((r) => r.type)).not.toContain('SEARCH_KEY');
    expect(Object.keys(state.props)).not.toContain('sortKey');
    // An unknown id writes nothing.
    expect(await db.run(queries.searchWriteKeys, { rows: [{ id: 'org:nowhere', person: false, keys: {} }] })).toEqual([{ written: 0, moved: [] }]);
  },

  searchDropOrphanKeys: async ({ db, queries }) => {
    await db.run(queries.searchWriteKeys, { rows: [{ id: 'org:m2', person: false, keys: { id: 'org:m2' } }] });
    expect(await db.run(queries.searchDropOrphanKeys)).toEqual([{ dropped: 0 }]);
    // A key whose node was deleted by something that left it behind is dropped.
    await db.run(adHocCypher('MATCH (n:Entity {id: $id})-[r:SEARCH_KEY]->() DELETE r', ['id']), { id: 'org:m2' });
    expect(await db.run(queries.searchDropOrphanKeys)).toEqual([{ dropped: 1 }]);
    expect(await db.run(queries.searchDropOrphanKeys)).toEqual([{ dropped: 0 }]);
  },
};
