/**
 * Who is the only bridge between an organisation and another sector — computed here from one
 * edge list, because "the only one" is a count over everybody's ties that Cypher would have to
 * repeat per organisation and sector.
 *
 * Definitions:
 * - A *hand* is an organisation people act for, at working level: a municipality with its
 *   units (PPR, schools, …) is one hand, a hospital department with its sub-units (BUA with its
 *   Rådgivningsenhed) is one hand, and so is a GP organisation (PLO), a private specialist or a
 *   national body. Regions and clusters are hubs everything hangs off, hospitals are umbrellas
 *   over their departments, and a GP practice is usually one doctor whose links run through
 *   PLO and the practice consultants: none of these is a hand.
 * - A person is *attached* to the hands of their current workplaces and of the organisations
 *   they sit in groups on behalf of.
 * - A person attached to hand H *links H to sector S* (S not H's sector) when they also work in
 *   or act for an organisation of sector S, are a current fixed contact for one, or sit in a
 *   current group (active on the day) with someone who works in or acts for one.
 * - When exactly one person links H to S, that person is *the only bridge* between H and S:
 *   if they leave, H loses its last named tie to S. (An organisation nobody links at all is not
 *   a bridge problem; other rules find missing contacts.)
 */

import { getOrCreate } from '../collections.js';

export const HAND_KINDS = ['HOSPITAL_DEPARTMENT', 'MUNICIPALITY', 'GP_ORGANISATION', 'PRIVATE_SPECIALIST', 'NATIONAL_BODY'] as const;

export interface BridgeOrg {
  id: string;
  name: string;
  kind: string;
  sector: string;
  /** The first organisation it is part of, when it is a MUNICIPAL_UNIT or HOSPITAL_DEPARTMENT (handOf reads no other). */
  parent: { id: string } | null;
}

/**
 * One person's current ties (gaps/bridge-people). `works` and `contactFor` may name an
 * organisation twice (two current links to it): everything below counts ids as sets.
 */
export interface BridgePerson {
  person: { id: string; name?: string; title?: string };
  works: string[];
  groups: Array<{ group: string; name: string; onBehalfOf?: string | null }>;
  contactFor: string[];
}

export interface Bridge {
  person: BridgePerson['person'];
  hand: BridgeOrg;
  /** The sectors only this person links the hand to. */
  sectors: string[];
  /** The groups through which those links run. */
  groups: Array<{ id: string; name: string }>;
  /** The organisations of those sectors the person is a fixed contact for or also works in. */
  organisations: BridgeOrg[];
}

export function findOnlyBridges(orgList: BridgeOrg[], people: BridgePerson[]): Bridge[] {
  const orgs = new Map(orgList.map((o) => [o.id, o]));
  const handOf = (id: string): BridgeOrg | null => {
    const o = orgs.get(id);
    if (!o) return null;
    const up = o.parent ? orgs.get(o.parent.id) : undefined;
    if (o.kind === 'MUNICIPAL_UNIT' && up?.kind === 'MUNICIPALITY') return up;
    if (o.kind === 'HOSPITAL_DEPARTMENT' && up?.kind === 'HOSPITAL_DEPARTMENT') return up;
    return (HAND_KINDS as readonly string[]).includes(o.kind) ? o : null;
  };
  /** Every organisation a person works in or acts for. */
  const actsFor = (p: BridgePerson): BridgeOrg[] => {
    const ids = new Set([...p.works, ...p.groups.map((g) => g.onBehalfOf).filter((x): x is string => typeof x === 'string')]);
    return [...ids].map((id) => orgs.get(id)).filter((o): o is BridgeOrg => !!o);
  };
  // Each person's organisations, worked out once (the two passes below both need them).
  const acting = people.map(actsFor);
  // Sectors present in each group, person by person.
  const groupSectors = new Map<string, Map<string, Set<string>>>(); // group → sector → people
  for (const [i, p] of people.entries()) {
    for (const o of acting[i]!) {
      for (const g of p.groups) {
        const bySector = getOrCreate(groupSectors, g.group, () => new Map<string, Set<string>>());
        getOrCreate(bySector, o.sector, () => new Set<string>()).add(p.person.id);
      }
    }
  }
  // hand → sector → the people linking it there, with what the link runs through.
  type Link = { person: BridgePerson; groups: Map<string, string>; organisations: Map<string, BridgeOrg> };
  const links = new Map<string, Map<string, Map<string, Link>>>();
  const add = (hand: BridgeOrg, sector: string, p: BridgePerson, via: { group?: { id: string; name: string }; org?: BridgeOrg }) => {
    const bySector = getOrCreate(links, hand.id, () => new Map<string, Map<string, Link>>());
    const byPerson = getOrCreate(bySector, sector, () => new Map<string, Link>());
    const link = getOrCreate(byPerson, p.person.id, (): Link => ({ person: p, groups: new Map(), organisations: new Map() }));
    if (via.group) link.groups.set(via.group.id, via.group.name);
    if (via.org) link.organisations.set(via.org.id, via.org);
  };
  for (const [i, p] of people.entries()) {
    const mine = acting[i]!;
    const hands = new Map<string, BridgeOrg>();
    for (const o of mine) {
      const h = handOf(o.id);
      if (h) hands.set(h.id, h);
    }
    for (const hand of hands.values()) {
      for (const o of mine) if (o.sector !== hand.sector) add(hand, o.sector, p, { org: o });
      for (const id of p.contactFor) {
        const o = orgs.get(id);
        if (o && o.sector !== hand.sector) add(hand, o.sector, p, { org: o });
      }
      for (const g of p.groups) {
        for (const [sector, who] of groupSectors.get(g.group) ?? []) {
          if (sector === hand.sector) continue;
          if ([...who].some((q) => q !== p.person.id)) add(hand, sector, p, { group: { id: g.group, name: g.name } });
        }
      }
    }
  }
  const out = new Map<string, Bridge>();
  for (const [handId, bySector] of links) {
    const hand = orgs.get(handId)!;
    for (const [sector, byPerson] of bySector) {
      if (byPerson.size !== 1) continue;
      const link = [...byPerson.values()][0]!;
      const key = `${link.person.person.id}|${handId}`;
      const b = getOrCreate(out, key, () => ({
        person: link.person.person,
        hand,
        sectors: [] as string[],
        groups: [] as Array<{ id: string; name: string }>,
        organisations: [] as BridgeOrg[],
      }));
      b.sectors.push(sector);
      for (const [id, name] of link.groups) if (!b.groups.some((g) => g.id === id)) b.groups.push({ id, name });
      for (const o of link.organisations.values()) if (!b.organisations.some((x) => x.id === o.id)) b.organisations.push(o);
    }
  }
  const order = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL'];
  for (const b of out.values()) b.sectors.sort((x, y) => order.indexOf(x) - order.indexOf(y));
  return [...out.values()];
}
