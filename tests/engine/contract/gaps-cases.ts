import { expect } from 'vitest';
import { BUA_SHORT_NAMES } from '../../../api/src/modules/gaps/rules/bua.js';
import { withoutMandate } from '../../../api/src/modules/gaps/rules/group-without-mandate.js';
import { withoutChair } from '../../../api/src/modules/gaps/rules/group-without-chair.js';
import { withMissingPerspectives } from '../../../api/src/modules/gaps/rules/missing-perspective.js';
import { groupFactsOf, type GroupFactsColumns, type GroupFactsRow } from '../../../api/src/modules/gaps/rules/group-facts.js';
import { withoutSecretariat } from '../../../api/src/modules/gaps/rules/group-without-secretariat.js';
import { withoutReportingLine } from '../../../api/src/modules/gaps/rules/group-without-reporting-line.js';
import { bridgeOrganisationsOf, bridgePeopleOf, type BridgeOrganisationLists, type BridgeTies } from '../../../api/src/modules/core/gap-finder/bridge-ties.js';
import type { ContractCases } from './contract-case.js';
import { readSeed } from '../../api/helpers.js';

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
/** gaps/channel-not-established's one row of columns, as a record per channel (item i of each column). */
interface GapsChannelColumns {
  columns: [string[], string[], string[], string[], string[][], string[][], string[][], string[][]];
}
async function channelRows(answer: Promise<GapsChannelColumns[]>): Promise<GapsChannelNotEstablishedRow[]> {
  const rows = await answer;
  expect(rows).toHaveLength(1);
  const [ids, , , statuses, providerIds, providerNames] = rows[0]!.columns;
  for (const column of rows[0]!.columns) expect(column).toHaveLength(ids.length);
  // One list per channel: providers' ids and names pair up item by item.
  for (const [i, p] of providerIds.entries()) expect(providerNames[i]).toHaveLength(p.length);
  expect([...ids].sort()).toEqual(ids);
  return ids.map((id, i) => ({ channel: { id, status: statuses[i]! }, providers: providerIds[i]!.map((p) => ({ id: p })) }));
}
/** gaps/status-in-force: a report in force that is red or old (read from its columns). */
interface GapsStatusRow {
  organisation: Ref;
  element: { number: number | '' };
  status: { level: string; asOf: string };
  agreement: Ref | null;
}
/** gaps/status-in-force's one row of columns, as a record per report (item i of each column). */
interface GapsStatusColumns {
  columns: [string[], string[], string[], string[], string[], string[], Array<number | ''>, string[], string[], string[], string[], string[]];
}
async function statusRows(answer: Promise<GapsStatusColumns[]>): Promise<GapsStatusRow[]> {
  const rows = await answer;
  expect(rows).toHaveLength(1);
  const [orgIds, , , , , , numbers, agreementIds, , , levels, asOfs] = rows[0]!.columns;
  for (const column of rows[0]!.columns) expect(column).toHaveLength(orgIds.length);
  return orgIds.map((id, i) => ({
    organisation: { id },
    element: { number: numbers[i]! },
    status: { level: levels[i]!, asOf: asOfs[i]! },
    agreement: agreementIds[i] ? { id: agreementIds[i]! } : null,
  }));
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
const seed = readSeed();
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
    // One row of columns, a record per group made of them as the rules make them.
    const facts = (params: Record<string, unknown>) =>
      db.run<GroupFactsColumns>(queries.gapsGroupFacts, params).then((answer) => {
        expect(answer).toHaveLength(1);
        return groupFactsOf(answer[0]);
      });
    const rows = await facts({ ...ALL, asOf: AS_OF });
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
    const scoped = await facts({ all: false, orgIds: [], groupIds: [RANDERS_IMPL], asOf: AS_OF });
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

  gapsBuaContactsInScope: async ({ db, queries }) => {
    const inScope = (orgIds: string[], asOf = AS_OF) =>
      db.run<GapsBuaContactsRow>(queries.gapsBuaContactsInScope, { orgIds, asOf, buaShortNames: [...BUA_SHORT_NAMES] });
    // gaps/bua-contacts' rows for the municipalities in scope, for every cluster's and
    // municipality's scope, before and after the cluster contacts were appointed.
    const scopes = seed.nodes.filter((n) => n.label === 'Organisation' && ['CLUSTER', 'MUNICIPALITY'].includes(String(n.kind)));
    expect(scopes.length).toBeGreaterThan(19);
    for (const asOf of ['2023-08-31', AS_OF]) {
      const everywhere = await db.run<GapsBuaContactsRow>(queries.gapsBuaContacts, { ...ALL, asOf, buaShortNames: [...BUA_SHORT_NAMES] });
      for (const { id } of scopes) {
        const [scope] = await db.run<GapsScopeRow>(queries.gapsScope, { id });
        const expected = everywhere.filter((r) => scope!.orgIds.includes(r.municipality.id));
        expect(await inScope(scope!.orgIds, asOf), `${id} on ${asOf}`).toEqual(expected);
      }
    }
    // Lemvig has a contact from BUA and none for it; Herning both ways; an id given twice is one row.
    expect(await inScope(['org:municipality-lemvig', 'org:municipality-herning', 'org:municipality-lemvig'])).toEqual([
      expect.objectContaining({ municipality: expect.objectContaining({ id: 'org:municipality-lemvig' }), noneFromBua: false, noneForBua: true }),
    ]);
    // The Randers cluster's municipalities have none either way; a group's scope has no organisations.
    const randers = await inScope(RANDERS_CLUSTER_MUNICIPALITIES);
    expect(randers.map((r) => [r.municipality.id, r.noneFromBua, r.noneForBua])).toEqual(RANDERS_CLUSTER_MUNICIPALITIES.map((m) => [m, true, true]));
    expect(randers[0]!.buas).toEqual([{ id: 'org:bua', name: 'Børne- og Ungdomspsykiatrisk Afdeling', shortName: 'BUA' }]);
    expect(await inScope([])).toEqual([]);
  },

  gapsChannelNotEstablished: async ({ db, queries }) => {
    const rows = await channelRows(
      db.run<GapsChannelColumns>(queries.gapsChannelNotEstablished, {
        all: false,
        orgIds: RANDERS_CLUSTER_MUNICIPALITIES,
        groupIds: [],
      }),
    );
    const byId = Object.fromEntries(rows.map((r) => [r.channel.id, r]));
    // 001: Syddjurs is opening its correspondence module (assumed Syddjurs; IN_PROGRESS).
    expect(byId['channel:medcom-syddjurs']!.channel.status).toBe('IN_PROGRESS');
    expect(byId['channel:medcom-syddjurs']!.providers.map((p) => p.id)).toEqual(['org:municipality-syddjurs']);
    // The other three Randers-cluster municipalities have theirs established.
    for (const m of ['favrskov', 'norddjurs', 'randers']) expect(byId[`channel:medcom-${m}`]).toBeUndefined();
    // BUA's teaching serves these municipalities and is not running yet.
    expect(byId['channel:bua-undervisning-psykopatologi']!.providers.map((p) => p.id)).toEqual(['org:bua']);
    const planned = (await channelRows(db.run<GapsChannelColumns>(queries.gapsChannelNotEstablished, ALL)))
      .filter((r) => r.channel.status === 'PLANNED')
      .map((r) => r.channel.id)
      .sort();
    expect(planned).toEqual(['channel:medcom-lemvig', 'channel:medcom-samsoe', 'channel:medcom-skive']);
  },

  gapsStatusInForce: async ({ db, queries }) => {
    // Red reports in force (red-status keeps these): a day before which nothing is stale.
    const red = (asOf: string) => statusRows(db.run<GapsStatusColumns>(queries.gapsStatusInForce, { ...ALL, asOf, before: '2000-01-01' }));
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
      statusRows(db.run<GapsStatusColumns>(queries.gapsStatusInForce, { all: false, orgIds: ['org:municipality-norddjurs'], groupIds: [], asOf, before }));
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
    const both = await statusRows(
      db.run<GapsStatusColumns>(queries.gapsStatusInForce, {
        all: false,
        orgIds: ['org:municipality-favrskov'],
        groupIds: [],
        asOf: AS_OF,
        before: '2025-01-01',
      }),
    );
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
    // The organisations the ties name and those they are part of, each as gaps/organisation-lists
    // gives it (only a municipal unit's or hospital department's parent), in columns.
    const [row] = await db.run<BridgeTies & BridgeOrganisationLists>(queries.gapsBridgeTiesInScope, {
      asOf: AS_OF,
      orgIds: scope!.orgIds,
      groupIds: scope!.groupIds,
    });
    const orgs = bridgeOrganisationsOf(row);
    const [everyOrg] = await db.run<BridgeOrganisationLists>(queries.gapsOrganisationLists, {});
    const every = new Map(bridgeOrganisationsOf(everyOrg).map((o) => [o.id, o]));
    for (const o of orgs) expect(o).toEqual(every.get(o.id));
    const orgIds = orgs.map((o) => o.id);
    expect(new Set(orgIds).size).toBe(orgIds.length);
    const tied = new Set(rows.flatMap((r) => [...r.works, ...r.contactFor, ...r.groups.flatMap((g) => (g.onBehalfOf ? [g.onBehalfOf] : []))]));
    expect(tied.size).toBeGreaterThan(5);
    for (const id of tied) expect(orgIds).toContain(id);
    // The parent of each, and of a unit or department that one's parent too (a hand's).
    for (const o of orgs) if (o.parent) expect(orgIds).toContain(o.parent.id);
    const byId = Object.fromEntries(orgs.map((o) => [o.id, o]));
    expect(byId['org:boerneafdeling-randers']!.parent).toEqual({ id: 'org:hospital-randers' });
    expect(byId['org:hospital-randers']).toMatchObject({ kind: 'HOSPITAL', parent: null });
    expect(row!.organisations.map((c) => c.length)).toEqual([orgIds.length, orgIds.length, orgIds.length, orgIds.length]);
    expect(row!.parents[0]).toHaveLength(row!.parents[1].length);
    const [none] = await db.run<BridgeTies & BridgeOrganisationLists>(queries.gapsBridgeTiesInScope, { asOf: AS_OF, orgIds: [], groupIds: [] });
    expect(bridgeOrganisationsOf(none)).toEqual([]);
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

  gapsSeveralWorkplacesCheck: async ({ db, queries }) => {
    // The seed's load marked the people with more than one WORKS_IN link (dated or not).
    const [row] = await db.run<{ marked: string[]; counted: string[] }>(queries.gapsSeveralWorkplacesCheck);
    expect([...row!.marked].sort()).toEqual([...row!.counted].sort());
    expect(row!.counted).toContain('person:p048');
    expect(row!.counted).not.toContain('person:p001');
  },

  gapsKeepSeveralWorkplaces: async ({ db, queries }) => {
    // Marks anew from the links: the marked stays marked, one workplace and an unknown id get none.
    const before = (await db.run<{ marked: string[] }>(queries.gapsSeveralWorkplacesCheck))[0]!.marked;
    const kept = await db.write((tx) =>
      tx.run<{ marked: number }>(queries.gapsKeepSeveralWorkplaces, { ids: ['person:p048', 'person:p001', 'person:p048', 'person:nope'] }),
    );
    expect(kept).toEqual([{ marked: 1 }]);
    const [after] = await db.run<{ marked: string[]; counted: string[] }>(queries.gapsSeveralWorkplacesCheck);
    expect([...after!.marked].sort()).toEqual([...before].sort());
    expect(await db.write((tx) => tx.run(queries.gapsKeepSeveralWorkplaces, { ids: [] }))).toEqual([{ marked: 0 }]);
  },

  gapsOrganisationLists: async ({ db, queries }) => {
    // Every organisation (the rule looks up only those the ties name, so it may read these
    // instead for everything).
    const [lists] = await db.run<BridgeOrganisationLists>(queries.gapsOrganisationLists, {});
    const every = bridgeOrganisationsOf(lists);
    expect(new Set(every.map((o) => o.id)).size).toBe(every.length);
    // Organisations nobody's ties name too (a cluster, a region).
    expect(every.map((o) => o.id)).toEqual(expect.arrayContaining(['org:cluster-randers', 'org:region-midtjylland', 'org:bua']));
    const [ties] = await db.run<BridgeTies>(queries.gapsBridgeTies, { asOf: AS_OF });
    const people = bridgePeopleOf(ties);
    const tied = new Set(people.flatMap((p) => [...p.works, ...p.contactFor, ...p.groups.flatMap((g) => (g.onBehalfOf ? [g.onBehalfOf] : []))]));
    const all = new Map(every.map((o) => [o.id, o]));
    expect(tied.size).toBeGreaterThan(10);
    for (const id of tied) expect(all.has(id)).toBe(true);
    // Only a municipal unit's or hospital department's parent: no other decides a hand.
    expect(all.get('org:bua-raadgivningsenheden')!.parent).toEqual({ id: 'org:bua' });
    expect(all.get('org:bua')!.parent).toEqual({ id: 'org:psykiatrien-rm' });
    expect(all.get('org:region-midtjylland')!.parent).toBeNull();
    expect(all.get('org:gp-hedensted-torvet')).toMatchObject({ kind: 'GP_PRACTICE', parent: null });
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
