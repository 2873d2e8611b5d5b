import { expect } from 'vitest';
import { DANISH_SORT_FOLD, SEARCH_FOLD, foldParam, foldText } from '../../../api/src/modules/core/text-fold.js';
import { KEY_FIELD_SEPARATOR } from '../../../api/src/modules/core/search-keys.js';
import type { ContractCases } from './contract-case.js';
import { first } from './rows.js';

/**
 * The entity lists, lookups, search and scoped graph statements on the Central Denmark seed
 * (read-only). Expected answers come from the source documents as summarised in
 * seed/data/central-denmark/README.md: the 19 municipalities, the Randers cluster (Favrskov,
 * Norddjurs, Randers, Syddjurs), the MedCom status of each municipality, the planted gaps.
 */

const fold = foldParam(SEARCH_FOLD);
const sortFold = foldParam(DANISH_SORT_FOLD);
const TODAY = '2026-01-01';
const RANDERS_CLUSTER_MUNICIPALITIES = ['org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers', 'org:municipality-syddjurs'];
/** Every municipality has these six units (PPR, health visiting, family, school, KUI, the treatment offer). */
const RANDERS_UNITS = [
  'org:behandlingstilbud-randers',
  'org:familie-randers',
  'org:kui-randers',
  'org:ppr-randers',
  'org:skole-randers',
  'org:sundhedspleje-randers',
];

/** A node as the statements return it; the cases read its id (and a few named properties). */
interface Ref {
  id: string;
}
/** A neighbour with its label: `{ label: 'Organisation', node: { id } }`. */
interface LabelledRef {
  label: string;
  node: Ref;
}
/** Relations under the far node's key: `{ organisation: { id } }`, `{ group: { id } }`. */
type Far<K extends string> = Record<K, Ref>;

const ids = <K extends string>(rows: ReadonlyArray<Far<K>>, key: K): string[] => rows.map((r) => r[key].id).sort();
const farIds = <K extends string>(rels: ReadonlyArray<Far<K>>, key: K): string[] => rels.map((r) => r[key].id).sort();

type OrganisationListFilteredRow = Far<'organisation'> & { organisation: { name: string } };
interface OrganisationRelationsByIdsRow {
  id: string;
  people: Array<Far<'person'>>;
  contacts: Array<Far<'person'>>;
  groups: Array<{ relation: string; group: Ref }>;
  channels: Array<{ relation: string; channel: Ref }>;
  agreements: Array<Far<'agreement'>>;
  statuses: Array<{ element: Ref; asOf: string }>;
}
interface PeopleByIdsRow {
  person: Ref;
  worksIn: Array<Far<'organisation'>>;
  memberships: Array<{ until: string | null; group: Ref }>;
  contactFor: Array<Far<'organisation'>>;
}
type GroupListRow = Far<'group'>;
interface GroupsByIdsRow {
  group: Ref;
  members: Array<{ role: string | null; until: string | null; represents: string[] | null; person: Ref }>;
  reportsTo: Array<Far<'group'>>;
  anchoredIn: Array<Far<'organisation'>>;
  secretariat: LabelledRef[];
  mandates: Array<Far<'mandate'>>;
  implements: LabelledRef[];
}
type MandateListRow = Far<'mandate'>;
interface MandatesByIdsRow {
  mandate: Ref & { level: string };
  holders: LabelledRef[];
  grantedBy: Array<Far<'group'>>;
  concerns: LabelledRef[];
}
interface ChannelListRow {
  channel: Ref & { status: string };
}
interface ChannelsByIdsRow {
  channel: Ref & { kind: string; status: string; address: string | null };
  providers: Array<Far<'organisation'>>;
  serves: Array<Far<'organisation'>>;
}
type AgreementListRow = Far<'agreement'>;
interface AgreementsByIdsRow {
  elements: Array<{ number: number }>;
  parties: Array<{ organisation: Ref & { kind: string } }>;
  implementedBy: Array<Far<'group'>>;
  mandates: Array<Far<'mandate'>>;
}
interface ElementsByIdsRow {
  element: Ref & { number: number };
  agreements: Ref[];
  statuses: Array<{ organisation: Ref; asOf: string; level: string }>;
  implementedBy: Array<Far<'group'>>;
  mandates: Array<Far<'mandate'>>;
}
type PathwayListRow = Far<'pathway'>;
interface PathwaysByIdsRow {
  pathway: Ref;
  steps: Array<{ number: number }>;
}
interface ContactsByPathwaysRow {
  contact: { pathways: string[]; organisation: Ref };
}
interface SearchRow {
  id: string;
  label: string;
  score: number;
  matchedField: string | null;
  sector: string | null;
}
interface GraphScopeRow {
  id: string;
  kind: string;
  below: string[];
  next: string[];
}
interface GraphNeighboursRow {
  ids: string[];
}
/** A node of graph/nodes-by-ids(-all): its id is the one among its properties. */
interface GraphNodesByIdsRow {
  total: number;
  label: string;
  props: Record<string, unknown> & { id: string };
}

const searchParams = (text: string, extra: Record<string, unknown> = {}) => {
  const folded = foldText(text);
  return {
    text: folded,
    compact: folded.replace(/ /g, ''),
    sep: KEY_FIELD_SEPARATOR,
    fold,
    sortFold,
    labels: ['Organisation', 'Person', 'Group', 'Channel'],
    personal: false,
    limit: 10,
    ...extra,
  };
};

export const entitiesCases: ContractCases = {
  organisationListFiltered: async ({ db, queries }) => {
    const base = { kinds: null, sectors: null, municipalityId: null, clusterId: null, text: null, fold };
    const inCluster = await db.run<OrganisationListFilteredRow>(queries.organisationListFiltered, {
      ...base,
      kinds: ['MUNICIPALITY'],
      clusterId: 'org:cluster-randers',
    });
    expect(ids(inCluster, 'organisation')).toEqual(RANDERS_CLUSTER_MUNICIPALITIES);
    // The cluster itself, its hospital and the hospital's department, 4 municipalities with 6
    // units each, 10 GP practices and the private child psychiatrist in Randers.
    expect(await db.run(queries.organisationListFiltered, { ...base, clusterId: 'org:cluster-randers' })).toHaveLength(1 + 2 + 4 * 7 + 10 + 1);
    const randers = await db.run<OrganisationListFilteredRow>(queries.organisationListFiltered, { ...base, municipalityId: 'org:municipality-randers' });
    expect(ids(randers, 'organisation')).toEqual(['org:municipality-randers', ...RANDERS_UNITS].sort());
    // "Århus" and "aarhus" meet: both fold to "aarhus".
    const accented = await db.run<OrganisationListFilteredRow>(queries.organisationListFiltered, { ...base, text: foldText('Århus') });
    const plain = await db.run<OrganisationListFilteredRow>(queries.organisationListFiltered, { ...base, text: foldText('aarhus') });
    expect(ids(accented, 'organisation')).toEqual(ids(plain, 'organisation'));
    expect(ids(accented, 'organisation')).toEqual(
      expect.arrayContaining(['org:municipality-aarhus', 'org:cluster-aarhus', 'org:hospital-aarhus', 'org:ppr-aarhus']),
    );
    expect(accented.every((r) => /aarhus/i.test(r.organisation.name))).toBe(true);
    // Filters combine: the municipality's units with a text.
    const ppr = await db.run<OrganisationListFilteredRow>(queries.organisationListFiltered, {
      ...base,
      municipalityId: 'org:municipality-randers',
      text: foldText('PPR'),
    });
    expect(ids(ppr, 'organisation')).toEqual(['org:ppr-randers']);
  },

  organisationRelationsByIds: async ({ db, queries }) => {
    const row = first(await db.run<OrganisationRelationsByIdsRow>(queries.organisationRelationsByIds, { ids: ['org:municipality-randers'] }));
    expect(row.id).toBe('org:municipality-randers');
    expect(farIds(row.people, 'person')).toEqual(['person:p150', 'person:p230']);
    // No BUA or other fixed contact serves Randers (a gap 001 names).
    expect(row.contacts).toEqual([]);
    // Randers runs the secretariat of the cluster's implementation group (assumed, see README).
    expect(row.groups).toEqual([
      expect.objectContaining({ relation: 'SECRETARIAT_FOR', group: expect.objectContaining({ id: 'group:implementeringsgruppe-randers' }) }),
    ]);
    expect(row.channels.map((c) => `${c.relation} ${c.channel.id}`).sort()).toEqual([
      'PROVIDES channel:medcom-randers',
      'PROVIDES channel:web-randers',
      'SERVES channel:bua-raadgivning',
      'SERVES channel:bua-undervisning-psykopatologi',
      'SERVES channel:viso-henvendelse',
    ]);
    expect(farIds(row.agreements, 'agreement')).toEqual(['agreement:boern-unge-psykisk-mistrivsel', 'agreement:sundhedsaftale-2024-2027']);
    // The three elements of 001 (April 2024) and one later synthetic status for element 2.
    expect(row.statuses.map((s) => `${s.element.id} ${s.asOf}`).sort()).toEqual([
      'element:mistrivsel-1 2024-04-01',
      'element:mistrivsel-2 2024-04-01',
      'element:mistrivsel-2 2025-01-15',
      'element:mistrivsel-3 2024-04-01',
    ]);
    const bua = first(await db.run<OrganisationRelationsByIdsRow>(queries.organisationRelationsByIds, { ids: ['org:bua'] }));
    expect(farIds(bua.contacts, 'person')).toContain('person:p079');
  },

  peopleByIds: async ({ db, queries }) => {
    const rows = await db.run<PeopleByIdsRow>(queries.peopleByIds, { ids: ['person:p051', 'person:p006', 'person:nobody'] });
    expect(rows.map((r) => r.person.id).sort()).toEqual(['person:p006', 'person:p051']);
    const brandt = rows.find((r) => r.person.id === 'person:p051')!;
    expect(farIds(brandt.worksIn, 'organisation')).toEqual(['org:gp-randers-soendergade']);
    // The former GP representative: membership ended 2023-12-31 (the relationship is kept, with its end).
    expect(brandt.memberships).toEqual([
      expect.objectContaining({ until: '2023-12-31', group: expect.objectContaining({ id: 'group:implementeringsgruppe-randers' }) }),
    ]);
    const olesen = rows.find((r) => r.person.id === 'person:p006')!;
    // BUA's fixed contact (in its advisory unit) for the four Horsens-cluster municipalities.
    expect(farIds(olesen.contactFor, 'organisation')).toEqual([
      'org:municipality-hedensted',
      'org:municipality-horsens',
      'org:municipality-odder',
      'org:municipality-skanderborg',
    ]);
  },

  groupList: async ({ db, queries }) => {
    const base = { kinds: null, organisationId: null, clusterId: null, text: null, fold };
    expect(await db.run(queries.groupList, base)).toHaveLength(21);
    const impl = await db.run<GroupListRow>(queries.groupList, { ...base, kinds: ['IMPLEMENTATION_GROUP'] });
    expect(ids(impl, 'group')).toEqual([
      'group:faelles-implementeringsgruppe',
      'group:implementeringsgruppe-aarhus',
      'group:implementeringsgruppe-horsens',
      'group:implementeringsgruppe-midt',
      'group:implementeringsgruppe-randers',
      'group:implementeringsgruppe-vest',
    ]);
    const cluster = await db.run<GroupListRow>(queries.groupList, { ...base, clusterId: 'org:cluster-randers' });
    expect(ids(cluster, 'group')).toEqual([
      'group:implementeringsgruppe-randers',
      'group:klyngestyregruppe-randers',
      'group:paa-tvaers-norddjurs',
      'group:styregruppe-chefniveau-randers',
    ]);
    // Randers is not the anchor but runs the secretariat.
    expect(ids(await db.run<GroupListRow>(queries.groupList, { ...base, organisationId: 'org:municipality-randers' }), 'group')).toEqual([
      'group:implementeringsgruppe-randers',
    ]);
    const text = await db.run<GroupListRow>(queries.groupList, { ...base, text: foldText('På tværs') });
    expect(ids(text, 'group')).toEqual(['group:paa-tvaers-norddjurs']);
  },

  groupsByIds: async ({ db, queries }) => {
    const row = first(await db.run<GroupsByIdsRow>(queries.groupsByIds, { ids: ['group:implementeringsgruppe-randers'] }));
    expect(row.group.id).toBe('group:implementeringsgruppe-randers');
    expect(row.members).toHaveLength(9);
    // 001: no chair; psychiatry, somatics, general practice, health visiting, PPR and family area.
    expect(row.members.some((m) => m.role === 'CHAIR')).toBe(false);
    const represented = new Set(row.members.filter((m) => !m.until).flatMap((m) => m.represents ?? []));
    expect([...represented].sort()).toEqual(['FAMILY_SOCIAL', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'PSYCHIATRY', 'SOMATICS']);
    expect(row.members.filter((m) => m.until).map((m) => m.person.id)).toEqual(['person:p051']);
    expect(farIds(row.reportsTo, 'group')).toEqual(['group:klyngestyregruppe-randers', 'group:kosu']);
    expect(farIds(row.anchoredIn, 'organisation')).toEqual(['org:cluster-randers']);
    expect(row.secretariat).toEqual([expect.objectContaining({ label: 'Organisation', node: expect.objectContaining({ id: 'org:municipality-randers' }) })]);
    expect(farIds(row.mandates, 'mandate')).toEqual(['mandate:implementeringsgruppe-randers']);
    expect(row.implements.map((r) => `${r.label} ${r.node.id}`).sort()).toEqual([
      'Agreement agreement:boern-unge-psykisk-mistrivsel',
      'Element element:mistrivsel-1',
      'Element element:mistrivsel-2',
      'Element element:mistrivsel-3',
    ]);
    // Norddjurs' "På Tværs" has no reporting line (a planted gap).
    const paaTvaers = first(await db.run<GroupsByIdsRow>(queries.groupsByIds, { ids: ['group:paa-tvaers-norddjurs'] }));
    expect(paaTvaers.reportsTo).toEqual([]);
  },

  mandateList: async ({ db, queries }) => {
    const base = { levels: null, holderId: null, expired: null, asOf: TODAY };
    expect(await db.run(queries.mandateList, base)).toHaveLength(20);
    // The outreach project (2018–2021) and the PPR member's mandate that ran out 2023-12-31.
    expect(ids(await db.run<MandateListRow>(queries.mandateList, { ...base, expired: true }), 'mandate')).toEqual([
      'mandate:fremskudt-funktion-projekt',
      'mandate:randers-impl-ppr-norddjurs-2023',
    ]);
    // As of mid-2023 only the project had expired.
    expect(ids(await db.run<MandateListRow>(queries.mandateList, { ...base, expired: true, asOf: '2023-06-01' }), 'mandate')).toEqual([
      'mandate:fremskudt-funktion-projekt',
    ]);
    expect(ids(await db.run<MandateListRow>(queries.mandateList, { ...base, holderId: 'group:implementeringsgruppe-randers' }), 'mandate')).toEqual([
      'mandate:implementeringsgruppe-randers',
    ]);
    const advise = await db.run<MandateListRow>(queries.mandateList, { ...base, levels: ['ADVISE'] });
    expect(ids(advise, 'mandate')).toEqual(['mandate:fremskudt-funktion-projekt']);
  },

  mandatesByIds: async ({ db, queries }) => {
    const row = first(await db.run<MandatesByIdsRow>(queries.mandatesByIds, { ids: ['mandate:implementeringsgruppe-randers'] }));
    expect(row.mandate).toMatchObject({ id: 'mandate:implementeringsgruppe-randers', level: 'RECOMMEND' });
    expect(row.holders).toEqual([expect.objectContaining({ label: 'Group', node: expect.objectContaining({ id: 'group:implementeringsgruppe-randers' }) })]);
    expect(farIds(row.grantedBy, 'group')).toEqual(['group:klyngestyregruppe-randers']);
    expect(row.concerns.map((r) => r.node.id).sort()).toEqual([
      'agreement:boern-unge-psykisk-mistrivsel',
      'element:mistrivsel-1',
      'element:mistrivsel-2',
      'element:mistrivsel-3',
    ]);
  },

  channelList: async ({ db, queries }) => {
    const base = { kinds: null, statuses: null, organisationId: null, text: null, fold };
    expect(await db.run(queries.channelList, base)).toHaveLength(63);
    const medcom = await db.run<ChannelListRow>(queries.channelList, { ...base, kinds: ['MEDCOM_CORRESPONDENCE'] });
    expect(medcom).toHaveLength(19);
    const status = Object.fromEntries(medcom.map((r) => [r.channel.id, r.channel.status]));
    // 001: three of the Randers cluster's four have the module, Syddjurs is opening it.
    expect([
      status['channel:medcom-randers'],
      status['channel:medcom-favrskov'],
      status['channel:medcom-norddjurs'],
      status['channel:medcom-syddjurs'],
    ]).toEqual(['ESTABLISHED', 'ESTABLISHED', 'ESTABLISHED', 'IN_PROGRESS']);
    const planned = await db.run<ChannelListRow>(queries.channelList, { ...base, kinds: ['MEDCOM_CORRESPONDENCE'], statuses: ['PLANNED'] });
    expect(ids(planned, 'channel')).toEqual(['channel:medcom-lemvig', 'channel:medcom-samsoe', 'channel:medcom-skive']);
    const randers = await db.run<ChannelListRow>(queries.channelList, { ...base, organisationId: 'org:municipality-randers' });
    expect(ids(randers, 'channel')).toEqual([
      'channel:bua-raadgivning',
      'channel:bua-undervisning-psykopatologi',
      'channel:medcom-randers',
      'channel:viso-henvendelse',
      'channel:web-randers',
    ]);
    // The address is searched: the location number finds the one channel.
    const byNumber = await db.run<ChannelListRow>(queries.channelList, { ...base, text: foldText('5790001968328') });
    expect(ids(byNumber, 'channel')).toEqual(['channel:medcom-randers']);
  },

  channelsByIds: async ({ db, queries }) => {
    const row = first(await db.run<ChannelsByIdsRow>(queries.channelsByIds, { ids: ['channel:medcom-randers'] }));
    expect(row.channel).toMatchObject({ id: 'channel:medcom-randers', kind: 'MEDCOM_CORRESPONDENCE', status: 'ESTABLISHED', address: '5790001968328' });
    expect(farIds(row.providers, 'organisation')).toEqual(['org:municipality-randers']);
    // General practice in Randers: the three practices and PLO.
    expect(farIds(row.serves, 'organisation')).toEqual([
      'org:gp-randers-bredgade',
      'org:gp-randers-soendergade',
      'org:gp-randers-torvet',
      'org:plo-midtjylland',
    ]);
  },

  agreementList: async ({ db, queries }) => {
    const base = { organisationId: null, text: null, fold };
    expect(ids(await db.run<AgreementListRow>(queries.agreementList, base), 'agreement')).toEqual([
      'agreement:boern-unge-psykisk-mistrivsel',
      'agreement:samarbejdsmodel-behandlingstilbud',
      'agreement:sundhedsaftale-2024-2027',
      'agreement:tidlig-opsporing-risikogrupper',
    ]);
    expect(ids(await db.run<AgreementListRow>(queries.agreementList, { ...base, organisationId: 'org:municipality-norddjurs' }), 'agreement')).toEqual([
      'agreement:boern-unge-psykisk-mistrivsel',
      'agreement:samarbejdsmodel-behandlingstilbud',
      'agreement:sundhedsaftale-2024-2027',
    ]);
    expect(ids(await db.run<AgreementListRow>(queries.agreementList, { ...base, text: foldText('Sundhedsaftalen') }), 'agreement')).toEqual([
      'agreement:sundhedsaftale-2024-2027',
    ]);
  },

  agreementsByIds: async ({ db, queries }) => {
    const row = first(await db.run<AgreementsByIdsRow>(queries.agreementsByIds, { ids: ['agreement:boern-unge-psykisk-mistrivsel'] }));
    expect(row.elements.map((e) => e.number).sort()).toEqual([1, 2, 3]);
    // The region and the 19 municipalities.
    expect(row.parties).toHaveLength(20);
    expect(row.parties.filter((p) => p.organisation.kind === 'MUNICIPALITY')).toHaveLength(19);
    expect(farIds(row.implementedBy, 'group')).toContain('group:implementeringsgruppe-randers');
    expect(farIds(row.mandates, 'mandate')).toContain('mandate:implementeringsgruppe-randers');
  },

  elementsByIds: async ({ db, queries }) => {
    const row = first(await db.run<ElementsByIdsRow>(queries.elementsByIds, { ids: ['element:mistrivsel-1'] }));
    expect(row.element).toMatchObject({ id: 'element:mistrivsel-1', number: 1 });
    expect(row.agreements.map((a) => a.id)).toEqual(['agreement:boern-unge-psykisk-mistrivsel']);
    const statuses = row.statuses.map((s) => `${s.organisation.id} ${s.asOf} ${s.level}`).sort();
    // 003 (Norddjurs, Feb 2023, inferred green), 001 (Randers cluster, April 2024: Syddjurs yellow).
    expect(statuses).toEqual(
      expect.arrayContaining([
        'org:municipality-norddjurs 2023-02-24 GREEN',
        'org:municipality-randers 2024-04-01 GREEN',
        'org:municipality-syddjurs 2024-04-01 YELLOW',
      ]),
    );
    expect(farIds(row.implementedBy, 'group')).toEqual(['group:implementeringsgruppe-randers']);
    expect(farIds(row.mandates, 'mandate')).toEqual(['mandate:implementeringsgruppe-randers']);
  },

  pathwayList: async ({ db, queries }) => {
    expect(ids(await db.run<PathwayListRow>(queries.pathwayList, { text: null, fold }), 'pathway')).toEqual([
      'pathway:adhd',
      'pathway:angst-depression',
      'pathway:spiseforstyrrelser',
    ]);
    expect(ids(await db.run<PathwayListRow>(queries.pathwayList, { text: foldText('spiseforstyrrelser'), fold }), 'pathway')).toEqual([
      'pathway:spiseforstyrrelser',
    ]);
  },

  pathwaysByIds: async ({ db, queries }) => {
    const rows = await db.run<PathwaysByIdsRow>(queries.pathwaysByIds, { ids: ['pathway:adhd', 'pathway:nope'] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.pathway.id).toBe('pathway:adhd');
    expect(rows[0]!.steps.map((s) => s.number).sort()).toEqual([1, 2, 3, 4]);
  },

  contactsByPathways: async ({ db, queries }) => {
    const rows = await db.run<ContactsByPathwaysRow>(queries.contactsByPathways, { ids: ['pathway:spiseforstyrrelser'] });
    expect(rows.every((r) => r.contact.pathways.includes('pathway:spiseforstyrrelser'))).toBe(true);
    const served = new Set(rows.map((r) => r.contact.organisation.id));
    // Named for the Horsens-cluster municipalities and BUA; none for the Randers cluster (001's gap).
    expect(served.has('org:municipality-horsens')).toBe(true);
    expect(served.has('org:bua')).toBe(true);
    expect(RANDERS_CLUSTER_MUNICIPALITIES.some((m) => served.has(m))).toBe(false);
    // A contact named only for anxiety and depression is not one for eating disorders.
    const anxiety = await db.run<ContactsByPathwaysRow>(queries.contactsByPathways, { ids: ['pathway:angst-depression'] });
    expect(anxiety.length).toBeGreaterThan(rows.length);
  },

  search: async ({ db, queries }) => {
    const accented = await db.run<SearchRow>(queries.search, searchParams('Århus'));
    const plain = await db.run<SearchRow>(queries.search, searchParams('aarhus'));
    const upper = await db.run<SearchRow>(queries.search, searchParams('AARHUS'));
    expect(accented.map((r) => r.id)).toEqual(plain.map((r) => r.id));
    expect(upper.map((r) => r.id)).toEqual(plain.map((r) => r.id));
    // "Aarhus" is the municipality's short name: ranked first.
    expect(accented[0]).toMatchObject({ id: 'org:municipality-aarhus', label: 'Organisation', score: 90, matchedField: 'shortName' });
    expect(accented).toHaveLength(10);
    // Exact name first; the units whose names contain the word next.
    const randers = await db.run<SearchRow>(queries.search, searchParams('Randers Kommune'));
    expect(randers[0]).toMatchObject({ id: 'org:municipality-randers', score: 100, sector: 'MUNICIPALITY' });
    // A location number, also typed with spaces.
    expect((await db.run<SearchRow>(queries.search, searchParams('5790 0019 68328'))).map((r) => r.id)).toEqual(['channel:medcom-randers']);
    // People's names only for signed-in viewers.
    const anonymous = await db.run<SearchRow>(queries.search, searchParams('Flemming Henriksen', { labels: ['Person'] }));
    expect(anonymous).toEqual([]);
    const signedIn = await db.run<SearchRow>(queries.search, searchParams('Flemming Henriksen', { labels: ['Person'], personal: true }));
    expect(signedIn).toEqual([expect.objectContaining({ id: 'person:p150', score: 100, sector: 'MUNICIPALITY' })]);
    // ø = oe: "Søndergaard" finds the five who carry it.
    const soendergaard = await db.run<SearchRow>(queries.search, searchParams('søndergaard', { labels: ['Person'], personal: true }));
    expect(soendergaard.map((r) => r.id).sort()).toEqual(['person:p010', 'person:p043', 'person:p079', 'person:p138', 'person:p212']);
    // Ties in Danish order: PPR Aarhus ("aa" = å) comes last of the 19.
    const ppr = await db.run<SearchRow>(queries.search, searchParams('PPR', { labels: ['Organisation'], limit: 30 }));
    expect(ppr).toHaveLength(19);
    expect(ppr.at(-1)!.id).toBe('org:ppr-aarhus');
  },

  graphScope: async ({ db, queries }) => {
    const municipality = first(await db.run<GraphScopeRow>(queries.graphScope, { id: 'org:municipality-randers', types: null }));
    expect(municipality.kind).toBe('MUNICIPALITY');
    expect([...municipality.below].sort()).toEqual(RANDERS_UNITS);
    // The first step out from the core: what graph/neighbours answers for the root and the units.
    const core = [municipality.id, ...municipality.below];
    const step = first(await db.run<GraphNeighboursRow>(queries.graphNeighbours, { ids: core, types: null }));
    expect(municipality.next.length).toBeGreaterThan(core.length);
    expect([...municipality.next].sort()).toEqual([...step.ids].sort());
    const partOf = first(await db.run<GraphScopeRow>(queries.graphScope, { id: 'org:municipality-randers', types: ['PART_OF'] }));
    expect([...partOf.next].sort()).toEqual(['org:municipality-randers', ...RANDERS_UNITS].sort());
    const cluster = first(await db.run<GraphScopeRow>(queries.graphScope, { id: 'org:cluster-randers', types: null }));
    expect(cluster.kind).toBe('CLUSTER');
    expect(cluster.below).toHaveLength(41);
    expect(cluster.below).toEqual(expect.arrayContaining([...RANDERS_CLUSTER_MUNICIPALITIES, 'org:ppr-syddjurs', 'org:hospital-randers']));
    const clusterStep = first(await db.run<GraphNeighboursRow>(queries.graphNeighbours, { ids: [cluster.id, ...cluster.below], types: null }));
    expect([...cluster.next].sort()).toEqual([...clusterStep.ids].sort());
    expect(await db.run(queries.graphScope, { id: 'org:nope', types: null })).toEqual([]);
  },

  graphNeighbours: async ({ db, queries }) => {
    const all = first(await db.run<GraphNeighboursRow>(queries.graphNeighbours, { ids: ['channel:medcom-randers'], types: null }));
    expect([...all.ids].sort()).toEqual([
      'org:gp-randers-bredgade',
      'org:gp-randers-soendergade',
      'org:gp-randers-torvet',
      'org:municipality-randers',
      'org:plo-midtjylland',
    ]);
    const provides = first(await db.run<GraphNeighboursRow>(queries.graphNeighbours, { ids: ['channel:medcom-randers'], types: ['PROVIDES'] }));
    expect(provides.ids).toEqual(['org:municipality-randers']);
    expect(await db.run(queries.graphNeighbours, { ids: ['org:nope'], types: null })).toEqual([{ ids: [] }]);
  },

  graphNodesByIds: async ({ db, queries }) => {
    const some = ['org:municipality-randers', 'channel:medcom-randers', 'person:p150', 'org:gp-randers-torvet'];
    const filtered = await db.run<GraphNodesByIdsRow>(queries.graphNodesByIds, {
      ids: some,
      labels: ['Organisation'],
      sectors: ['MUNICIPALITY'],
      keep: 'channel:medcom-randers',
      limit: 10,
    });
    // In the order of $ids, the focus kept whatever the filters.
    expect(filtered.map((r) => `${r.total} ${r.label} ${r.props.id}`)).toEqual(['2 Organisation org:municipality-randers', '2 Channel channel:medcom-randers']);
    expect(filtered.find((r) => r.props.id === 'org:municipality-randers')!.props).toMatchObject({ name: 'Randers Kommune', municipalityCode: '730' });
    // A page: the first $limit in the order given, and how many matched.
    const page = await db.run<GraphNodesByIdsRow>(queries.graphNodesByIds, { ids: [...some].reverse(), labels: null, sectors: null, keep: null, limit: 3 });
    expect(page.map((r) => `${r.total} ${r.props.id}`)).toEqual(['4 org:gp-randers-torvet', '4 person:p150', '4 channel:medcom-randers']);
    expect(await db.run(queries.graphNodesByIds, { ids: ['org:nope'], labels: null, sectors: null, keep: null, limit: 3 })).toEqual([]);
  },

  graphNodesByIdsAll: async ({ db, queries }) => {
    const some = ['org:municipality-randers', 'channel:medcom-randers', 'person:p150', 'org:gp-randers-torvet', 'org:nope'];
    // The rows graph/nodes-by-ids answers when nothing is filtered or cut, in no particular order.
    const all = await db.run<GraphNodesByIdsRow>(queries.graphNodesByIdsAll, { ids: some });
    const paged = await db.run<GraphNodesByIdsRow>(queries.graphNodesByIds, { ids: some, labels: null, sectors: null, keep: null, limit: 10 });
    const byId = (a: GraphNodesByIdsRow | Omit<GraphNodesByIdsRow, 'total'>, b: typeof a) => (a.props.id < b.props.id ? -1 : 1);
    expect([...all].sort(byId)).toEqual(paged.map(({ total: _, ...row }) => row).sort(byId));
    expect(all.map((r) => `${r.label} ${r.props.id}`).sort()).toEqual([
      'Channel channel:medcom-randers',
      'Organisation org:gp-randers-torvet',
      'Organisation org:municipality-randers',
      'Person person:p150',
    ]);
    expect(all.find((r) => r.props.id === 'person:p150')!.props).toMatchObject({ id: 'person:p150' });
    expect(await db.run(queries.graphNodesByIdsAll, { ids: ['org:nope'] })).toEqual([]);
  },

  graphNodesByIdsAllDrawing: async ({ db, queries }) => {
    // graph/nodes-by-ids-all's rows with, of the properties, those a map draws by as columns (absent ones null).
    const some = ['org:municipality-randers', 'channel:medcom-randers', 'person:p150', 'org:gp-randers-torvet', 'org:nope'];
    const keys = ['id', 'name', 'title', 'kind', 'sector', 'shortName', 'municipalityCode'];
    type Row = Record<string, unknown> & { id: string };
    const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : 1);
    const full = (await db.run<GraphNodesByIdsRow>(queries.graphNodesByIdsAll, { ids: some })).map(
      (r): Row => ({ label: r.label, ...Object.fromEntries(keys.map((k) => [k, r.props[k] ?? null])), id: r.props.id }),
    );
    const lean = await db.run<Row>(queries.graphNodesByIdsAllDrawing, { ids: some });
    expect([...lean].sort(byId)).toEqual(full.sort(byId));
    expect(lean.find((r) => r.id === 'org:municipality-randers')).toMatchObject({ label: 'Organisation', kind: 'MUNICIPALITY', municipalityCode: '730' });
    expect(await db.run(queries.graphNodesByIdsAllDrawing, { ids: ['org:nope'] })).toEqual([]);
  },
};
