import { expect } from 'vitest';
import { ANCHOR_TYPES, HAND_TYPES, startParams } from '../../../api/src/modules/core/connection-finder/connection-reader.js';
import type { ContractCases } from './contract-case.js';
import { first } from './rows.js';

/**
 * The statements behind connection() and interfaces() on the Central Denmark seed (read-only).
 * Expected answers from seed/data/central-denmark/README.md: Randers' MedCom module serves
 * general practice in Randers; the former GP representative left the Randers implementation
 * group on 2023-12-31; Randers runs that group's secretariat.
 */

const DAY = '2026-01-01';
const RANDERS_UNITS = [
  'org:behandlingstilbud-randers',
  'org:familie-randers',
  'org:kui-randers',
  'org:ppr-randers',
  'org:skole-randers',
  'org:sundhedspleje-randers',
];
const RANDERS = ['org:municipality-randers', ...RANDERS_UNITS];

const neighbourParams = (ids: string[], extra: Record<string, unknown> = {}) => ({
  ids,
  providesOnly: [],
  notToMembers: [],
  types: [...HAND_TYPES],
  anchors: [],
  anchorTypes: [...ANCHOR_TYPES],
  day: DAY,
  ...extra,
});
interface Ref {
  id: string;
}
interface ConnectionEndpointsRow {
  node: Ref & { label: string };
}
/** One hop from a frontier node, with what the search decides by (the far node's label flags, kind, end). */
interface ConnectionNeighboursRow {
  from: string;
  type: string;
  id: string;
  relId: string;
  out: boolean;
  organisation: boolean;
  group: boolean;
  channel: boolean;
  kind: string | null;
  validTo: string | null;
}
/** The ends of a question with their neighbours as [relId, type, out, id, organisation, group, channel, kind, validTo]. */
interface ConnectionStartRow {
  node: Ref & { label: string };
  neighbours: Array<[string, string, boolean, string, boolean, boolean, boolean, string | null, string | null]>;
}
interface ConnectionDetailsRow {
  node: (Ref & { label: string; name?: string }) | null;
  relationship: [string, Record<string, unknown>] | null;
}
interface InterfacesScopeRow {
  organisation: Ref;
  units: Ref[];
}
interface InterfacesChannelsRow {
  channel: Ref;
  provider: Ref & { municipality: Ref | null };
  served: Ref;
}
/** One current tie of a person to an organisation (WORKS_IN or CONTACT_FOR). */
interface InterfacesPeopleRow {
  tie: string;
  person: Ref;
  rel: Record<string, unknown>;
  org: Ref;
  municipality: Ref | null;
}
interface Workplace {
  org: Ref;
  municipality: Ref | null;
}
interface InterfacesGroupsRow {
  group: Ref;
  members: Array<{ person: Ref; onBehalfOf: Ref | null; workplaces: Workplace[] }>;
}

const hops = (rows: Array<{ from: string; type: string; id: string }>) => rows.map((r) => `${r.from} ${r.type} ${r.id}`).sort();

export const connectionCases: ContractCases = {
  connectionEndpoints: async ({ db, queries }) => {
    const rows = await db.run<ConnectionEndpointsRow>(queries.connectionEndpoints, {
      ids: ['org:gp-randers-torvet', 'org:ppr-randers', 'channel:medcom-randers', 'org:nope'],
    });
    const byId = Object.fromEntries(rows.map((r) => [r.node.id, r.node]));
    expect(Object.keys(byId).sort()).toEqual(['channel:medcom-randers', 'org:gp-randers-torvet', 'org:ppr-randers']);
    expect(byId['org:gp-randers-torvet']).toMatchObject({
      label: 'Organisation',
      name: 'Lægehuset Torvet, Randers',
      kind: 'GP_PRACTICE',
      sector: 'GENERAL_PRACTICE',
    });
    expect(byId['org:ppr-randers']).toMatchObject({ label: 'Organisation', kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY' });
    expect(byId['channel:medcom-randers']).toMatchObject({ label: 'Channel', status: 'ESTABLISHED', address: '5790001968328', supportsAttachments: true });
  },

  connectionNeighbours: async ({ db, queries }) => {
    // The channel: provided by Randers, serving the three practices and PLO.
    const channel = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(['channel:medcom-randers']));
    expect(hops(channel)).toEqual([
      'channel:medcom-randers PROVIDES org:municipality-randers',
      'channel:medcom-randers SERVES org:gp-randers-bredgade',
      'channel:medcom-randers SERVES org:gp-randers-soendergade',
      'channel:medcom-randers SERVES org:gp-randers-torvet',
      'channel:medcom-randers SERVES org:plo-midtjylland',
    ]);
    // The search decides by the far node's label, kind and end date, and by the direction.
    const provides = channel.find((r) => r.type === 'PROVIDES');
    expect(provides).toMatchObject({ relId: 'rel:provides:municipality-randers--medcom-randers', out: false, id: 'org:municipality-randers' });
    expect(provides).toMatchObject({ organisation: true, group: false, channel: false, kind: 'MUNICIPALITY', validTo: null });
    expect(channel.find((r) => r.id === 'org:gp-randers-torvet')).toMatchObject({ type: 'SERVES', out: true, organisation: true, kind: 'GP_PRACTICE' });
    // A relationship that has ended is not walked; on a day before its end it is.
    const brandt = ['person:p051'];
    expect(hops(await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(brandt)))).toEqual([
      'person:p051 WORKS_IN org:gp-randers-soendergade',
    ]);
    const before = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(brandt, { day: '2023-06-01' }));
    expect(before.find((r) => r.type === 'MEMBER_OF')).toMatchObject({ out: true, group: true, organisation: false, channel: false });
    expect(hops(before)).toEqual(['person:p051 MEMBER_OF group:implementeringsgruppe-randers', 'person:p051 WORKS_IN org:gp-randers-soendergade']);
    // A mandate is linked only through anchor types, so only an end of the question leaves it.
    const mandate = ['mandate:implementeringsgruppe-randers'];
    expect(await db.run(queries.connectionNeighbours, neighbourParams(mandate))).toEqual([]);
    expect(hops(await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(mandate, { anchors: mandate })))).toEqual(
      expect.arrayContaining([
        'mandate:implementeringsgruppe-randers GRANTED_BY group:klyngestyregruppe-randers',
        'mandate:implementeringsgruppe-randers HOLDS group:implementeringsgruppe-randers',
      ]),
    );
    // A channel entered from one it serves is left only to its provider; an umbrella entered
    // from a member not down to another member, but still up and sideways.
    const medcom = ['channel:medcom-randers'];
    expect(hops(await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(medcom, { providesOnly: medcom })))).toEqual([
      'channel:medcom-randers PROVIDES org:municipality-randers',
    ]);
    const plo = ['org:plo-midtjylland'];
    const all = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(plo));
    const members = all.filter((r) => r.type === 'PART_OF' && !r.out);
    expect(members.length).toBeGreaterThan(2);
    const umbrella = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(plo, { notToMembers: plo }));
    expect(umbrella.filter((r) => r.type === 'PART_OF' && !r.out)).toEqual([]);
    expect(hops(umbrella)).toEqual(hops(all.filter((r) => !(r.type === 'PART_OF' && !r.out))));
    expect(umbrella.length).toBeGreaterThan(0);
    // Several frontier nodes in one statement, each row says which one it came from.
    const two = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams(['org:gp-randers-torvet', 'org:ppr-randers']));
    expect(new Set(two.map((r) => r.from))).toEqual(new Set(['org:gp-randers-torvet', 'org:ppr-randers']));
    expect(hops(two)).toEqual(
      expect.arrayContaining(['org:ppr-randers PART_OF org:municipality-randers', 'org:gp-randers-torvet SERVES channel:medcom-randers']),
    );
  },

  connectionStart: async ({ db, queries }) => {
    const params = (ids: string[], expand: string[], day = DAY) => startParams(ids, expand, day);
    const medcom = 'channel:medcom-randers';
    const mandate = 'mandate:implementeringsgruppe-randers';
    const rows = await db.run<ConnectionStartRow>(queries.connectionStart, params([medcom, mandate, 'org:nope'], [medcom, mandate]));
    const byId = Object.fromEntries(rows.map((r) => [r.node.id, r]));
    expect(Object.keys(byId).sort()).toEqual([medcom, mandate]);
    expect(byId[medcom]!.node).toMatchObject({ label: 'Channel', name: expect.any(String), status: 'ESTABLISHED', supportsAttachments: true });
    expect(byId[mandate]!.node).toMatchObject({ label: 'Mandate' });
    // The same neighbours, in the same columns, as connection/neighbours reads for the node alone;
    // a mandate (an anchor label) follows the anchor types as an end in $anchors does there.
    const asRows = (from: string, list: ConnectionStartRow['neighbours']) =>
      list.map(([relId, type, out, id, organisation, group, channel, kind, validTo]) => ({
        from,
        relId,
        type,
        out,
        id,
        organisation,
        group,
        channel,
        kind,
        validTo,
      }));
    const sorted = <T extends { relId: string }>(xs: T[]) => [...xs].sort((a, b) => (a.relId < b.relId ? -1 : a.relId > b.relId ? 1 : 0));
    for (const [id, anchors] of [
      [medcom, []],
      [mandate, [mandate]],
    ] as const) {
      const alone = await db.run<ConnectionNeighboursRow>(queries.connectionNeighbours, neighbourParams([id], { anchors: [...anchors] }));
      expect(alone.length).toBeGreaterThan(1);
      expect(sorted(asRows(id, byId[id]!.neighbours))).toEqual(sorted(alone));
    }
    expect(hops(asRows(medcom, byId[medcom]!.neighbours))).toContain('channel:medcom-randers PROVIDES org:municipality-randers');
    // Only the ends in $expand are expanded; a relationship that has ended is not walked.
    const one = await db.run<ConnectionStartRow>(queries.connectionStart, params([medcom, mandate], [medcom]));
    expect(one.find((r) => r.node.id === mandate)!.neighbours).toEqual([]);
    const brandt = await db.run<ConnectionStartRow>(queries.connectionStart, params(['person:p051'], ['person:p051']));
    expect(hops(asRows('person:p051', first(brandt).neighbours))).toEqual(['person:p051 WORKS_IN org:gp-randers-soendergade']);
  },

  connectionDetails: async ({ db, queries }) => {
    const provides = { id: 'rel:provides:municipality-randers--medcom-randers', source: 'org:municipality-randers', target: 'channel:medcom-randers' };
    const rows = await db.run<ConnectionDetailsRow>(queries.connectionDetails, {
      ids: ['org:gp-randers-torvet', 'org:nope'],
      // The second is the first read the wrong way round, the third names no relationship: neither is found.
      relationships: [provides, { ...provides, source: provides.target, target: provides.source }, { ...provides, id: 'rel:nope' }],
    });
    const nodes = rows.flatMap((r) => (r.node ? [r.node] : []));
    const rels = rows.flatMap((r) => (r.relationship ? [r.relationship] : []));
    expect(rows.every((r) => (r.node === null) !== (r.relationship === null))).toBe(true);
    expect(nodes).toEqual([
      expect.objectContaining({ id: 'org:gp-randers-torvet', label: 'Organisation', name: 'Lægehuset Torvet, Randers', kind: 'GP_PRACTICE' }),
    ]);
    expect(rels).toHaveLength(1);
    expect(rels[0]![0]).toBe(provides.id);
    expect(rels[0]![1]).toMatchObject({
      id: provides.id,
      source: '001 Status, implementeringsgruppen Randersklyngen',
      sourceDate: '2024-04-01',
      inferred: true,
    });
    expect(await db.run(queries.connectionDetails, { ids: [], relationships: [] })).toEqual([]);
  },

  interfacesScope: async ({ db, queries }) => {
    const row = first(await db.run<InterfacesScopeRow>(queries.interfacesScope, { id: 'org:municipality-randers' }));
    expect(row.organisation).toMatchObject({ id: 'org:municipality-randers', name: 'Randers Kommune', kind: 'MUNICIPALITY', municipalityCode: '730' });
    expect(row.units.map((u) => u.id).sort()).toEqual(RANDERS_UNITS);
    expect(await db.run(queries.interfacesScope, { id: 'org:nope' })).toEqual([]);
  },

  interfacesChannels: async ({ db, queries }) => {
    const rows = await db.run<InterfacesChannelsRow>(queries.interfacesChannels, { ids: RANDERS, day: DAY });
    const links = rows.map((r) => `${r.channel.id} ${r.provider.id} → ${r.served.id}`).sort();
    expect(links).toEqual(
      expect.arrayContaining([
        'channel:medcom-randers org:municipality-randers → org:gp-randers-bredgade',
        'channel:medcom-randers org:municipality-randers → org:gp-randers-soendergade',
        'channel:medcom-randers org:municipality-randers → org:gp-randers-torvet',
        'channel:medcom-randers org:municipality-randers → org:plo-midtjylland',
        'channel:bua-raadgivning org:bua-raadgivningsenheden → org:municipality-randers',
        'channel:viso-henvendelse org:viso → org:municipality-randers',
      ]),
    );
    // Every row touches Randers on one side.
    expect(rows.every((r) => RANDERS.includes(r.provider.id) || RANDERS.includes(r.served.id))).toBe(true);
    expect(rows.find((r) => r.channel.id === 'channel:medcom-randers')!.channel).toMatchObject({ status: 'ESTABLISHED', kind: 'MEDCOM_CORRESPONDENCE' });
    // The treatment offer's phone line is provided by a unit: it carries its municipality.
    const phone = rows.find((r) => r.provider.id === 'org:behandlingstilbud-randers')!;
    expect(phone.provider.municipality).toMatchObject({ id: 'org:municipality-randers' });
    // The treatment offer and its phone line began on 2024-07-01: not there the day before.
    const before = await db.run<InterfacesChannelsRow>(queries.interfacesChannels, { ids: RANDERS, day: '2024-06-30' });
    expect(before.map((r) => r.channel.id)).not.toContain('channel:telefon-behandlingstilbud-randers');
    expect(before.map((r) => r.channel.id)).toContain('channel:medcom-randers');
  },

  interfacesPeople: async ({ db, queries }) => {
    // One row per current tie: gathered by person here as the reader does.
    type Tie = Pick<InterfacesPeopleRow, 'rel' | 'org' | 'municipality'>;
    const people = (ties: InterfacesPeopleRow[]) => {
      const out = new Map<string, { person: Ref; workplaces: Tie[]; contacts: Tie[] }>();
      for (const t of ties) {
        expect(['WORKS_IN', 'CONTACT_FOR']).toContain(t.tie);
        const p = out.get(t.person.id) ?? { person: t.person, workplaces: [], contacts: [] };
        (t.tie === 'WORKS_IN' ? p.workplaces : p.contacts).push({ rel: t.rel, org: t.org, municipality: t.municipality });
        out.set(t.person.id, p);
      }
      return [...out.values()];
    };
    const rows = people(await db.run<InterfacesPeopleRow>(queries.interfacesPeople, { ids: RANDERS, day: DAY }));
    // Only people with a current tie outside the organisations come in (the others link nothing):
    // in Randers the treatment offer's head, also a fixed contact for general practice (PLO).
    expect(rows.map((r) => r.person.id)).toEqual(['person:p156']);
    const byId = Object.fromEntries(rows.map((r) => [r.person.id, r]));
    expect(byId['person:p156']!.workplaces).toEqual([
      expect.objectContaining({
        org: expect.objectContaining({ id: 'org:behandlingstilbud-randers' }),
        municipality: expect.objectContaining({ id: 'org:municipality-randers' }),
      }),
    ]);
    expect(byId['person:p156']!.contacts.map((c) => c.org.id)).toEqual(['org:plo-midtjylland']);
    // Nobody at BUA is a fixed contact for Randers (001's gap): no one else comes in.
    expect(rows.every((r) => r.workplaces.some((w) => RANDERS.includes(w.org.id)))).toBe(true);
    // BUA with its advisory unit: BUA's fixed contact for the Horsens cluster works in the unit;
    // Hedensted's contact for BUA comes in as a fixed contact for BUA, working in PPR Hedensted.
    const bua = people(await db.run<InterfacesPeopleRow>(queries.interfacesPeople, { ids: ['org:bua', 'org:bua-raadgivningsenheden'], day: DAY }));
    const olesen = bua.find((r) => r.person.id === 'person:p006')!;
    expect(olesen.workplaces.map((w) => w.org.id)).toEqual(['org:bua-raadgivningsenheden']);
    expect(olesen.contacts.map((c) => c.org.id).sort()).toEqual([
      'org:municipality-hedensted',
      'org:municipality-horsens',
      'org:municipality-odder',
      'org:municipality-skanderborg',
    ]);
    const hedensted = bua.find((r) => r.person.id === 'person:p079')!;
    expect(hedensted.contacts.map((c) => c.org.id)).toEqual(['org:bua']);
    expect(hedensted.workplaces).toEqual([
      expect.objectContaining({
        org: expect.objectContaining({ id: 'org:ppr-hedensted' }),
        municipality: expect.objectContaining({ id: 'org:municipality-hedensted' }),
      }),
    ]);
  },

  interfacesGroups: async ({ db, queries }) => {
    const rows = await db.run<InterfacesGroupsRow>(queries.interfacesGroups, { ids: RANDERS, day: DAY });
    const groups = Object.fromEntries(rows.map((r) => [r.group.id, r]));
    expect(Object.keys(groups).sort()).toEqual([
      'group:implementeringsgruppe-randers',
      'group:klyngestyregruppe-randers',
      'group:kosu',
      'group:styregruppe-chefniveau-randers',
    ]);
    const impl = groups['group:implementeringsgruppe-randers']!;
    // The current members only: the former GP representative (until 2023-12-31) is gone.
    expect(impl.members).toHaveLength(8);
    expect(impl.members.map((m) => m.person.id)).not.toContain('person:p051');
    const psychiatry = impl.members.find((m) => m.person.id === 'person:p008')!;
    expect(psychiatry.onBehalfOf).toMatchObject({ id: 'org:bua' });
    const ppr = impl.members.find((m) => m.person.id === 'person:p143')!;
    expect(ppr.workplaces).toEqual([
      expect.objectContaining({
        org: expect.objectContaining({ id: 'org:ppr-norddjurs' }),
        municipality: expect.objectContaining({ id: 'org:municipality-norddjurs' }),
      }),
    ]);
    // Before 2024 the former GP representative still sits in the group.
    const before = await db.run<InterfacesGroupsRow>(queries.interfacesGroups, { ids: RANDERS, day: '2023-06-01' });
    const implBefore = before.find((r) => r.group.id === 'group:implementeringsgruppe-randers')!;
    expect(implBefore.members.map((m) => m.person.id)).toContain('person:p051');
  },
};
