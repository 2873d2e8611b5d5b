import { expect } from 'vitest';
import { BUA_SHORT_NAMES } from '../../../api/src/modules/gaps/rules/bua.js';
import { withoutMandate } from '../../../api/src/modules/gaps/rules/group-without-mandate.js';
import { withoutChair } from '../../../api/src/modules/gaps/rules/group-without-chair.js';
import { withMissingPerspectives } from '../../../api/src/modules/gaps/rules/missing-perspective.js';
import type { GroupFactsRow } from '../../../api/src/modules/gaps/rules/group-facts.js';
import { withoutSecretariat } from '../../../api/src/modules/gaps/rules/group-without-secretariat.js';
import { withoutReportingLine } from '../../../api/src/modules/gaps/rules/group-without-reporting-line.js';
import { bridgeOrganisationsOf, bridgePeopleOf, type BridgeOrganisationLists, type BridgeTies } from '../../../api/src/modules/core/gap-finder/bridge-ties.js';
import type { ContractCases } from './contract-case.js';

/**
 * The statements behind gaps() and representationMatrix() on the Central Denmark seed
 * (read-only). Expected answers from seed/data/central-denmark/README.md, "Gaps planted where
 * the documents describe them", and from the documents it cites (001–004).
 */

interface Ref {
  id: string;
}
interface Named {
  id: string;
  name: string;
}
/** gaps/scope: the node asked about and the organisations and groups it spans. */
interface GapsScopeRow {
  node: { id: string; label: string; kind: string };
  orgIds: string[];
  groupIds: string[];
}
interface GapsRepresentationRow {
  group: Ref;
  represents: string[][];
  required: string[];
}
interface GapsMemberWithoutMandateRow {
  group: Ref;
  person: Ref;
  holders: number;
  expiredMandateIds: string[];
  actsFor: Named | null;
}
/** gaps/bua-contacts: a municipality without fixed contacts with BUA one way or both. */
interface GapsBuaContactsRow {
  municipality: Ref;
  buas: Array<Named & { shortName?: string }>;
  noneFromBua: boolean;
  noneForBua: boolean;
}
interface GapsChannelNotEstablishedRow {
  channel: { id: string; status: string };
  providers: Ref[];
}
/** gaps/status-in-force: a report in force that is red or old. */
interface GapsStatusRow {
  organisation: Ref;
  element: { number: number };
  status: { level: string; asOf: string };
  agreement: Ref | null;
}
interface GapsExpiredMandateRow {
  mandate: Ref;
  holders: Array<{ id: string; label: string }>;
  grantedBy: Ref | null;
}
interface GapsExpiredMembershipRow {
  group: Ref;
  person: Ref;
  membership: { until: string };
  actsFor: Named | null;
}
/** gaps/bridge-people and gaps/bridge-people-in-scope answer the same row. */
interface GapsBridgePeopleRow {
  person: Ref;
  works: string[];
  contactFor: string[];
  groups: Array<{ group: string; name: string; onBehalfOf: string | null }>;
}

const AS_OF = '2026-01-01';
const ALL = { all: true, orgIds: [], groupIds: [] };
const RANDERS_CLUSTER_MUNICIPALITIES = ['org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers', 'org:municipality-syddjurs'];
const RANDERS_IMPL = 'group:implementeringsgruppe-randers';
const ids = <K extends string>(rows: Array<Record<K, Ref>>, key: K) => rows.map((r) => r[key].id).sort();

export const gapsCases: ContractCases = {
  gapsScope: async ({ db, queries }) => {
    const [cluster] = await db.run<GapsScopeRow>(queries.gapsScope, { id: 'org:cluster-randers' });
    expect(cluster!.node).toMatchObject({ id: 'org:cluster-randers', label: 'Organisation', kind: 'CLUSTER' });
    // The cluster's four municipalities and their units, its hospital and the children's department.
    expect(cluster!.orgIds).toEqual(
      expect.arrayContaining([
        ...RANDERS_CLUSTER_MUNICIPALITIES,
        'org:ppr-randers',
        'org:hospital-randers',
        'org:boerneafdeling-randers',
        'org:cluster-randers',
      ]),
    );
    expect(cluster!.orgIds).not.toContain('org:municipality-aarhus');
    expect(cluster!.orgIds).not.toContain('org:bua');
    // Groups anchored in the cluster, and Norddjurs' "På Tværs" anchored in one of its municipalities.
    expect([...cluster!.groupIds].sort()).toEqual(
      ['group:implementeringsgruppe-randers', 'group:klyngestyregruppe-randers', 'group:paa-tvaers-norddjurs', 'group:styregruppe-chefniveau-randers'].sort(),
    );
    // A municipality: its units, and the group it runs the secretariat for (001, assumed Randers).
    const [randers] = await db.run<GapsScopeRow>(queries.gapsScope, { id: 'org:municipality-randers' });
    expect([...randers!.orgIds].sort()).toEqual([
      'org:behandlingstilbud-randers',
      'org:familie-randers',
      'org:kui-randers',
      'org:municipality-randers',
      'org:ppr-randers',
      'org:skole-randers',
      'org:sundhedspleje-randers',
    ]);
    expect(randers!.groupIds).toEqual([RANDERS_IMPL]);
    const [group] = await db.run<GapsScopeRow>(queries.gapsScope, { id: RANDERS_IMPL });
    expect(group).toMatchObject({ node: { label: 'Group', kind: 'IMPLEMENTATION_GROUP' }, orgIds: [] });
    expect(await db.run(queries.gapsScope, { id: 'org:nope' })).toEqual([]);
  },

  gapsRepresentation: async ({ db, queries }) => {
    const rows = await db.run<GapsRepresentationRow>(queries.gapsRepresentation, {
      all: false,
      orgIds: [],
      groupIds: [RANDERS_IMPL, 'group:fremskudt-funktion-bup'],
      asOf: AS_OF,
    });
    // The 2018–2021 project group has ended; the Randers group has 8 current members (the former GP representative left 2023-12-31).
    expect(rows.map((r) => r.group.id)).toEqual([RANDERS_IMPL]);
    expect(rows[0]!.represents).toHaveLength(8);
    expect(rows[0]!.required).toEqual(['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL', 'SCHOOL', 'YOUTH_GUIDANCE']);
    expect(rows[0]!.represents.flat().filter((p) => p === 'PPR')).toHaveLength(2);
  },

  gapsMemberWithoutMandate: async ({ db, queries }) => {
    const rows = await db.run<GapsMemberWithoutMandateRow>(queries.gapsMemberWithoutMandate, { ...ALL, asOf: AS_OF });
    // Randers: only BUA's and Randers' family-area members hold a decision mandate; the secretary is no voting member. Horsens: all do.
    expect(rows.map((r) => r.group.id)).toEqual(Array(5).fill(RANDERS_IMPL));
    expect(rows.map((r) => r.person.id).sort()).toEqual(['person:p018', 'person:p048', 'person:p136', 'person:p143', 'person:p165']);
    expect(rows.every((r) => r.holders === 2)).toBe(true);
    expect(rows.find((r) => r.person.id === 'person:p143')?.expiredMandateIds).toEqual(['mandate:randers-impl-ppr-norddjurs-2023']);
    expect(rows.find((r) => r.person.id === 'person:p018')?.actsFor).toEqual({
      id: 'org:boerneafdeling-randers',
      name: 'Børne- og Ungeafdelingen, Regionshospitalet Randers',
    });
    // Before the mandates began (2024-01-01) Jens' 2023 mandate still held.
    const before = await db.run<GapsMemberWithoutMandateRow>(queries.gapsMemberWithoutMandate, { ...ALL, asOf: '2023-06-01' });
    expect(before.map((r) => r.person.id)).not.toContain('person:p143');
  },

  gapsGroupFacts: async ({ db, queries }) => {
    // One statement for five rules; each picks its groups as the rule does.
    const rows = await db.run<GroupFactsRow>(queries.gapsGroupFacts, { ...ALL, asOf: AS_OF });
    const groupIds = (xs: GroupFactsRow[]) => xs.map((r) => r.group.id).sort();
    // missing-perspective. 001: school and KUI are to be placed clearly in the Randers group; every other group is complete.
    const lacking = withMissingPerspectives(rows);
    expect(lacking.map((r) => [r.group.id, [...r.missing].sort()])).toEqual([[RANDERS_IMPL, ['SCHOOL', 'YOUTH_GUIDANCE']]]);
    expect(lacking[0]!.membershipIds).toHaveLength(8);
    // group-without-chair. 001 recommends appointing a chair for the Randers group.
    expect(withoutChair(rows).map((r) => [r.group.id, r.members])).toEqual([[RANDERS_IMPL, 8]]);
    expect(withoutChair(rows)[0]!.membershipIds).toHaveLength(8);
    // group-without-mandate. 001 names no mandate for Randers' chief-level steering group.
    const unmandated = withoutMandate(rows);
    expect(groupIds(unmandated)).toEqual(['group:styregruppe-chefniveau-randers']);
    expect(unmandated[0]!.reportsTo).toEqual([{ id: 'group:klyngestyregruppe-randers', name: 'Klyngestyregruppen, Randersklyngen' }]);
    // group-without-secretariat. Randers has its municipality as secretariat (001) and the joint
    // group its secretariat (004); for the other clusters' implementation groups the documents record none.
    expect(groupIds(withoutSecretariat(rows))).toEqual([
      'group:implementeringsgruppe-aarhus',
      'group:implementeringsgruppe-horsens',
      'group:implementeringsgruppe-midt',
      'group:implementeringsgruppe-vest',
    ]);
    // group-without-reporting-line. KOSU and Norddjurs' "På Tværs" have no reporting line in the documents.
    const unreporting = withoutReportingLine(rows);
    expect(groupIds(unreporting)).toEqual(['group:kosu', 'group:paa-tvaers-norddjurs']);
    expect(unreporting[1]!.anchoredIn).toEqual([{ id: 'org:municipality-norddjurs', name: 'Norddjurs Kommune' }]);
    // One group asked about: its facts alone.
    const scoped = await db.run<GroupFactsRow>(queries.gapsGroupFacts, { all: false, orgIds: [], groupIds: [RANDERS_IMPL], asOf: AS_OF });
    expect(groupIds(scoped)).toEqual([RANDERS_IMPL]);
    expect(scoped[0]).toMatchObject({ chaired: false, members: 8, serviced: true });
  },

  gapsBuaContacts: async ({ db, queries }) => {
    const contacts = (params: Record<string, unknown>) =>
      db.run<GapsBuaContactsRow>(queries.gapsBuaContacts, { asOf: AS_OF, buaShortNames: [...BUA_SHORT_NAMES], ...params });
    const rows = await contacts(ALL);
    // municipality-without-bua-contact's rows. 001: the Randers cluster's municipalities ask for
    // fixed contacts in BUA; Samsø has none either.
    const fromBua = rows.filter((r) => r.noneFromBua);
    expect(ids(fromBua, 'municipality')).toEqual([...RANDERS_CLUSTER_MUNICIPALITIES, 'org:municipality-samsoe'].sort());
    expect(fromBua[0]!.buas).toEqual([{ id: 'org:bua', name: 'Børne- og Ungdomspsykiatrisk Afdeling', shortName: 'BUA' }]);
    // Before the cluster contacts were appointed (2023-09-01) no municipality had one.
    expect((await contacts({ ...ALL, asOf: '2023-08-31' })).filter((r) => r.noneFromBua)).toHaveLength(19);
    // bua-without-municipal-contact's rows. 001: BUA asks for municipal contacts in the Randers
    // cluster; none in Samsø and Lemvig either.
    expect(
      ids(
        rows.filter((r) => r.noneForBua),
        'municipality',
      ),
    ).toEqual([...RANDERS_CLUSTER_MUNICIPALITIES, 'org:municipality-lemvig', 'org:municipality-samsoe'].sort());
    // Only rows with no contact one way or the other; Lemvig has one from BUA, none for it.
    expect(rows.every((r) => r.noneFromBua || r.noneForBua)).toBe(true);
    expect(rows.find((r) => r.municipality.id === 'org:municipality-lemvig')).toMatchObject({ noneFromBua: false, noneForBua: true });
    const scoped = await contacts({ all: false, orgIds: ['org:municipality-lemvig', 'org:municipality-herning'], groupIds: [] });
    expect(
      ids(
        scoped.filter((r) => r.noneForBua),
        'municipality',
      ),
    ).toEqual(['org:municipality-lemvig']);
  },

  gapsChannelNotEstablished: async ({ db, queries }) => {
    const rows = await db.run<GapsChannelNotEstablishedRow>(queries.gapsChannelNotEstablished, {
      all: false,
      orgIds: RANDERS_CLUSTER_MUNICIPALITIES,
      groupIds: [],
    });
    const byId = Object.fromEntries(rows.map((r) => [r.channel.id, r]));
    // 001: Syddjurs is opening its correspondence module (assumed Syddjurs; IN_PROGRESS).
    expect(byId['channel:medcom-syddjurs']!.channel.status).toBe('IN_PROGRESS');
    expect(byId['channel:medcom-syddjurs']!.providers.map((p) => p.id)).toEqual(['org:municipality-syddjurs']);
    // The other three Randers-cluster municipalities have theirs established.
    for (const m of ['favrskov', 'norddjurs', 'randers']) expect(byId[`channel:medcom-${m}`]).toBeUndefined();
    // BUA's teaching serves these municipalities and is not running yet.
    expect(byId['channel:bua-undervisning-psykopatologi']!.providers.map((p) => p.id)).toEqual(['org:bua']);
    const planned = (await db.run<GapsChannelNotEstablishedRow>(queries.gapsChannelNotEstablished, ALL))
      .filter((r) => r.channel.status === 'PLANNED')
      .map((r) => r.channel.id)
      .sort();
    expect(planned).toEqual(['channel:medcom-lemvig', 'channel:medcom-samsoe', 'channel:medcom-skive']);
  },

  gapsStatusInForce: async ({ db, queries }) => {
    // Red reports in force (red-status keeps these): a day before which nothing is stale.
    const red = (asOf: string) => db.run<GapsStatusRow>(queries.gapsStatusInForce, { ...ALL, asOf, before: '2000-01-01' });
    const rows = await red(AS_OF);
    expect(rows.map((r) => `${r.organisation.id} ${r.element.number} ${r.status.asOf}`)).toEqual([
      'org:municipality-favrskov 3 2025-01-15',
      'org:municipality-samsoe 1 2024-09-01',
    ]);
    expect(rows.every((r) => r.status.level === 'RED')).toBe(true);
    expect(rows[0]!.agreement?.id).toBe('agreement:boern-unge-psykisk-mistrivsel');
    // Only the latest entry counts: before Favrskov's red status it was yellow (001).
    expect((await red('2024-12-31')).map((r) => r.organisation.id)).toEqual(['org:municipality-samsoe']);
    // Old reports in force (stale-status keeps these), red or not; Norddjurs has no red one.
    const norddjurs = (asOf: string, before: string) =>
      db.run<GapsStatusRow>(queries.gapsStatusInForce, { all: false, orgIds: ['org:municipality-norddjurs'], groupIds: [], asOf, before });
    // 001 (first half of 2024) for elements 1 and 2, which replaced 003's of 24 Feb 2023; element 3 was updated 2025-01-15 (synthetic).
    expect((await norddjurs(AS_OF, '2025-01-01')).map((r) => `${r.element.number} ${r.status.level} ${r.status.asOf}`)).toEqual([
      '1 GREEN 2024-04-01',
      '2 YELLOW 2024-04-01',
    ]);
    expect((await norddjurs('2024-03-01', '2023-03-01')).map((r) => `${r.element.number} ${r.status.level} ${r.status.asOf}`)).toEqual([
      '1 GREEN 2023-02-24',
      '2 BLUE 2023-02-24',
      '3 YELLOW 2023-02-24',
    ]);
    expect(await norddjurs(AS_OF, '2023-01-01')).toEqual([]);
    // Both at once: Favrskov's red report in force is recent, its older ones are stale.
    const both = await db.run<GapsStatusRow>(queries.gapsStatusInForce, {
      all: false,
      orgIds: ['org:municipality-favrskov'],
      groupIds: [],
      asOf: AS_OF,
      before: '2025-01-01',
    });
    expect(both.some((r) => r.status.level === 'RED' && r.status.asOf >= '2025-01-01')).toBe(true);
    expect(both.filter((r) => r.status.level !== 'RED').every((r) => r.status.asOf < '2025-01-01')).toBe(true);
  },

  gapsExpiredMandate: async ({ db, queries }) => {
    const rows = await db.run<GapsExpiredMandateRow>(queries.gapsExpiredMandate, { ...ALL, asOf: AS_OF });
    // 002: the 2018–2021 outreach project; the Norddjurs PPR member's mandate ended 2023-12-31.
    expect(ids(rows, 'mandate')).toEqual(['mandate:fremskudt-funktion-projekt', 'mandate:randers-impl-ppr-norddjurs-2023']);
    const ppr = rows.find((r) => r.mandate.id === 'mandate:randers-impl-ppr-norddjurs-2023');
    expect(ppr!.holders.map((h) => [h.id, h.label])).toEqual([['person:p143', 'Person']]);
    expect(ppr!.grantedBy?.id).toBe('group:klyngestyregruppe-randers');
    // In the Randers cluster only the PPR mandate (granted by its steering group); the project's belongs to BUA.
    const cluster = await db.run<GapsExpiredMandateRow>(queries.gapsExpiredMandate, {
      all: false,
      orgIds: RANDERS_CLUSTER_MUNICIPALITIES,
      groupIds: ['group:klyngestyregruppe-randers', RANDERS_IMPL],
      asOf: AS_OF,
    });
    expect(ids(cluster, 'mandate')).toEqual(['mandate:randers-impl-ppr-norddjurs-2023']);
  },

  gapsExpiredMembership: async ({ db, queries }) => {
    const rows = await db.run<GapsExpiredMembershipRow>(queries.gapsExpiredMembership, { ...ALL, asOf: AS_OF });
    expect(rows.map((r) => `${r.group.id} ${r.person.id} ${r.membership.until}`)).toEqual([
      'group:fremskudt-funktion-bup person:p236 2021-12-31',
      'group:fremskudt-funktion-bup person:p237 2021-12-31',
      'group:fremskudt-funktion-bup person:p238 2021-12-31',
      `${RANDERS_IMPL} person:p051 2023-12-31`,
    ]);
    expect(rows[3]!.actsFor).toEqual({ id: 'org:plo-midtjylland', name: 'PLO-Midtjylland' });
  },

  gapsBridgeTiesInScope: async ({ db, queries }) => {
    // The Randers cluster: its organisations and groups, as gaps/scope answers them.
    const [scope] = await db.run<GapsScopeRow>(queries.gapsScope, { id: 'org:cluster-randers' });
    // The lists made into gaps/bridge-people's rows, as the rule does.
    const inScope = async (orgIds: string[], groupIds: string[]) =>
      bridgePeopleOf((await db.run<BridgeTies>(queries.gapsBridgeTiesInScope, { asOf: AS_OF, orgIds, groupIds }))[0]) as unknown as GapsBridgePeopleRow[];
    const rows = await inScope(scope!.orgIds, scope!.groupIds);
    const everyone = bridgePeopleOf((await db.run<BridgeTies>(queries.gapsBridgeTies, { asOf: AS_OF }))[0]) as unknown as GapsBridgePeopleRow[];
    const whole = Object.fromEntries(everyone.map((r) => [r.person.id, r]));
    // Each row is the whole-store statement's row for that person (lists in any order) …
    const sorted = (r: GapsBridgePeopleRow | undefined) =>
      r && { ...r, works: [...r.works].sort(), contactFor: [...r.contactFor].sort(), groups: [...r.groups].sort((a, b) => (a.group < b.group ? -1 : 1)) };
    for (const r of rows) expect(sorted(r)).toEqual(sorted(whole[r.person.id]));
    const ids = rows.map((r) => r.person.id);
    expect(new Set(ids).size).toBe(ids.length);
    // … the cluster's only bridge and its groups' members are among them, and not everyone is.
    expect(ids).toContain('person:p018');
    const members = everyone.filter((r) => r.groups.some((g) => g.group === RANDERS_IMPL)).map((r) => r.person.id);
    expect(members.length).toBeGreaterThan(1);
    expect(ids).toEqual(expect.arrayContaining(members));
    expect(ids.length).toBeLessThan(everyone.length);
    // A group alone: its members and whoever shares a hand or a group with them.
    const group = await inScope([], [RANDERS_IMPL]);
    expect(group.map((r) => r.person.id)).toEqual(expect.arrayContaining(members));
    expect(await inScope([], [])).toEqual([]);
  },

  gapsBridgeTies: async ({ db, queries }) => {
    // Assembled as the rule does (core/gap-finder/bridge-ties.ts): each person's current ties.
    const people = async (asOf: string) => {
      const [ties] = await db.run<BridgeTies>(queries.gapsBridgeTies, { asOf });
      return Object.fromEntries((bridgePeopleOf(ties) as unknown as GapsBridgePeopleRow[]).map((r) => [r.person.id, r]));
    };
    const byId = await people(AS_OF);
    expect(Object.keys(byId).length).toBeGreaterThan(50);
    expect(byId['person:p018']).toMatchObject({
      works: ['org:boerneafdeling-randers'],
      groups: [{ group: RANDERS_IMPL, name: 'Implementeringsgruppen, Randersklyngen', onBehalfOf: 'org:boerneafdeling-randers' }],
      contactFor: [],
    });
    // A former member's ended membership is no tie; the practice consultant works on both sides.
    expect(byId['person:p051']).toBeUndefined();
    expect([...byId['person:p048']!.works].sort()).toEqual(['org:gp-norddjurs-kirkevej', 'org:municipality-norddjurs'].sort());
    // Someone with one workplace, no group and no assignment is no row.
    const [raw] = await db.run<BridgeTies>(queries.gapsBridgeTies, { asOf: AS_OF });
    // The ties are columns, one item per tie (onBehalfOf '' for a member who sits for nobody).
    const [members, groups, names, onBehalfOf] = raw!.memberships;
    expect([groups.length, names.length, onBehalfOf.length]).toEqual([members.length, members.length, members.length]);
    expect(members).not.toContain('person:p051');
    const p018 = members.indexOf('person:p018');
    expect([members[p018], groups[p018], names[p018], onBehalfOf[p018]]).toEqual([
      'person:p018',
      RANDERS_IMPL,
      'Implementeringsgruppen, Randersklyngen',
      'org:boerneafdeling-randers',
    ]);
    expect(onBehalfOf).toContain('');
    expect(onBehalfOf).not.toContain(null);
    expect(raw!.contacts[1]).toHaveLength(raw!.contacts[0].length);
    expect(raw!.works[1]).toHaveLength(raw!.works[0].length);
    expect(raw!.works[0]).toContain('person:p048');
    for (const r of Object.values(byId)) expect(r.groups.length > 0 || r.contactFor.length > 0 || r.works.length > 1).toBe(true);
    // Ties are those current on the day: p051 sat in the group from 2022-09-01 to 2023-12-31.
    expect((await people('2023-06-01'))['person:p051']!.groups).toEqual([
      { group: RANDERS_IMPL, name: 'Implementeringsgruppen, Randersklyngen', onBehalfOf: 'org:plo-midtjylland' },
    ]);
    expect((await people('2022-08-31'))['person:p051']).toBeUndefined();
  },

  gapsBridgeOrganisationLists: async ({ db, queries }) => {
    // The organisations asked about and those they are part of (with their own parent), no other.
    const asked = ['org:ppr-randers', 'org:bua-raadgivningsenheden', 'org:region-midtjylland', 'org:nowhere'];
    const [lists] = await db.run<BridgeOrganisationLists>(queries.gapsBridgeOrganisationLists, { ids: asked });
    const byId = Object.fromEntries(bridgeOrganisationsOf(lists).map((o) => [o.id, o]));
    expect(byId['org:ppr-randers']).toEqual({
      id: 'org:ppr-randers',
      name: expect.any(String),
      kind: 'MUNICIPAL_UNIT',
      sector: 'MUNICIPALITY',
      parent: { id: 'org:municipality-randers' },
    });
    expect(byId['org:bua-raadgivningsenheden']!.parent).toEqual({ id: 'org:bua' });
    // Only a municipal unit's or hospital department's parent: no other decides a hand.
    expect(byId['org:bua']!.parent).toEqual({ id: 'org:psykiatrien-rm' });
    expect(byId['org:region-midtjylland']!.parent).toBeNull();
    expect(byId['org:municipality-randers']).toMatchObject({ kind: 'MUNICIPALITY', sector: 'MUNICIPALITY' });
    expect(byId['org:bua']).toMatchObject({ kind: 'HOSPITAL_DEPARTMENT' });
    expect(Object.keys(byId).sort()).toEqual([
      'org:bua',
      'org:bua-raadgivningsenheden',
      'org:municipality-randers',
      'org:ppr-randers',
      'org:region-midtjylland',
    ]);
    // A hospital and a GP practice are part of something too, which no hand depends on.
    const [others] = await db.run<BridgeOrganisationLists>(queries.gapsBridgeOrganisationLists, { ids: ['org:hospital-horsens', 'org:gp-hedensted-torvet'] });
    const other = Object.fromEntries(bridgeOrganisationsOf(others).map((o) => [o.id, o]));
    expect(other['org:hospital-horsens']).toMatchObject({ kind: 'HOSPITAL', parent: null });
    expect(other['org:gp-hedensted-torvet']).toMatchObject({ kind: 'GP_PRACTICE', parent: null });
    expect(other['org:region-midtjylland']).toMatchObject({ kind: 'REGION', parent: null });
    // Columns, one item per organisation and per parent, left in their order by the runner.
    expect(others!.organisations.map((c) => c.length)).toEqual([4, 4, 4, 4]);
    expect(others!.parents).toEqual([[], []]);
    // Nothing asked, nothing answered.
    const [none] = await db.run<BridgeOrganisationLists>(queries.gapsBridgeOrganisationLists, { ids: [] });
    expect(bridgeOrganisationsOf(none)).toEqual([]);
  },

  gapsOrganisationLists: async ({ db, queries }) => {
    // Every organisation, each as gaps/bridge-organisation-lists gives it (the rule looks up
    // only those the ties name, so it may read these instead for everything).
    const [lists] = await db.run<BridgeOrganisationLists>(queries.gapsOrganisationLists, {});
    const every = bridgeOrganisationsOf(lists);
    expect(new Set(every.map((o) => o.id)).size).toBe(every.length);
    // Organisations nobody's ties name too (a cluster, a region).
    expect(every.map((o) => o.id)).toEqual(expect.arrayContaining(['org:cluster-randers', 'org:region-midtjylland', 'org:bua']));
    const [ties] = await db.run<BridgeTies>(queries.gapsBridgeTies, { asOf: AS_OF });
    const people = bridgePeopleOf(ties);
    const tied = [...new Set(people.flatMap((p) => [...p.works, ...p.contactFor, ...p.groups.flatMap((g) => (g.onBehalfOf ? [g.onBehalfOf] : []))]))].sort();
    const [asked] = await db.run<BridgeOrganisationLists>(queries.gapsBridgeOrganisationLists, { ids: tied });
    const all = new Map(every.map((o) => [o.id, o]));
    const some = bridgeOrganisationsOf(asked);
    expect(some.length).toBeGreaterThan(10);
    for (const o of some) expect(all.get(o.id)).toEqual(o);
    expect(all.get('org:ppr-randers')!.parent).toEqual({ id: 'org:municipality-randers' });
    expect(all.get('org:hospital-horsens')!.parent).toBeNull();
    // Each organisation's fields in one column each, in one order.
    const [ids, names, kinds, sectors] = lists!.organisations;
    expect([names.length, kinds.length, sectors.length]).toEqual([ids.length, ids.length, ids.length]);
    expect(all.get('org:bua')).toMatchObject({
      kind: kinds[ids.indexOf('org:bua')],
      sector: sectors[ids.indexOf('org:bua')],
      name: names[ids.indexOf('org:bua')],
    });
  },
};
