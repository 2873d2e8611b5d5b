/**
 * The only-bridge rule's rows from the lists gaps/bridge-ties and gaps/organisation-lists (for a
 * scope gaps/bridge-ties-in-scope, both in one row) answer: the same rows as gaps/bridge-people
 * and gaps/bridge-organisations, which the embedded engine made more slowly (a subplan per person or organisation; see the statements).
 */

import type { BridgeOrg, BridgePerson } from './bridges.js';
import { allAtOnce } from '../../../db/at-once.js';
import type { RuleContext } from './rule.js';

type Id = string;
type Name = string | null;

/**
 * gaps/bridge-ties' and gaps/bridge-ties-in-scope's row: the people as a list each, the ties as
 * columns (item i of each list is one tie; onBehalfOf '' when the member sits for nobody).
 */
export interface BridgeTies {
  people: Array<[Id, Name, Name]>;
  memberships: [persons: Id[], groups: Id[], names: string[], onBehalfOf: Array<Id | ''>];
  contacts: [persons: Id[], organisations: Id[]];
  works: [persons: Id[], organisations: Id[]];
}

/**
 * gaps/organisation-lists' row (and the organisations of gaps/bridge-ties-in-scope's), as columns: one item per
 * organisation (ids[i], names[i], kinds[i], sectors[i]) and one per parent of a municipal unit
 * or hospital department (children[i] is part of parents[i]).
 */
export interface BridgeOrganisationLists {
  organisations: [ids: Id[], names: string[], kinds: string[], sectors: string[]];
  parents: [children: Id[], parents: Id[]];
}

/**
 * gaps/bridge-people's rows: each person with their current works, groups and fixed-contact
 * organisations, kept when they have a group or an assignment or work in more than one place,
 * their lists in the order the runner gives every statement's lists (inFixedOrder).
 */
export function bridgePeopleOf(ties: BridgeTies | undefined): BridgePerson[] {
  if (!ties) return [];
  const people = new Map<string, BridgePerson>();
  for (const [id, name, title] of ties.people) people.set(id, { person: { id, name, title } as BridgePerson['person'], works: [], groups: [], contactFor: [] });
  const [workers, workplaces] = ties.works;
  const [members, groups, names, onBehalfOf] = ties.memberships;
  const [contacts, contactFor] = ties.contacts;
  // collect() leaves nulls out: a column of another length would pair the wrong ids.
  if (
    workplaces.length !== workers.length ||
    groups.length !== members.length ||
    names.length !== members.length ||
    onBehalfOf.length !== members.length ||
    contactFor.length !== contacts.length
  ) {
    throw new Error('gaps: a tie without an id, or a group without a name (the domain requires them)');
  }
  for (let i = 0; i < workers.length; i++) people.get(workers[i]!)?.works.push(workplaces[i]!);
  for (let i = 0; i < members.length; i++) people.get(members[i]!)?.groups.push({ group: groups[i]!, name: names[i]!, onBehalfOf: onBehalfOf[i] || null });
  for (let i = 0; i < contacts.length; i++) people.get(contacts[i]!)?.contactFor.push(contactFor[i]!);
  const kept: BridgePerson[] = [];
  for (const p of people.values()) {
    if (p.groups.length === 0 && p.contactFor.length === 0 && p.works.length < 2) continue;
    // inFixedOrder's order, without copying every person (920 nationally): ids as strings,
    // groups (records without an id) by their JSON.
    if (p.works.length > 1) p.works.sort(compare);
    if (p.contactFor.length > 1) p.contactFor.sort(compare);
    if (p.groups.length > 1) p.groups = byJson(p.groups);
    kept.push(p);
  }
  return kept;
}

/** Ids (and JSON keys) as `<` orders them. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compare = byId;
const byJson = <T>(xs: T[]): T[] =>
  xs
    .map((item) => ({ item, key: JSON.stringify(item) }))
    .sort((a, b) => compare(a.key, b.key))
    .map((x) => x.item);

/**
 * gaps/bridge-organisations' rows: each organisation with its first parent or null (only a
 * municipal unit's or hospital department's: findOnlyBridges reads no other).
 */
export function bridgeOrganisationsOf(lists: BridgeOrganisationLists | undefined): BridgeOrg[] {
  if (!lists) return [];
  const [ids, names, kinds, sectors] = lists.organisations;
  const [children, parents] = lists.parents;
  // collect() leaves nulls out: a column of another length would pair the wrong fields.
  if (names.length !== ids.length || kinds.length !== ids.length || sectors.length !== ids.length || parents.length !== children.length) {
    throw new Error('gaps: an organisation without a name, kind or sector (the domain requires them), or a parent without an id');
  }
  const first = new Map<string, string>();
  for (let i = 0; i < children.length; i++) if (!first.has(children[i]!)) first.set(children[i]!, parents[i]!);
  const orgs: BridgeOrg[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const up = first.get(ids[i]!);
    orgs[i] = { id: ids[i]!, name: names[i]!, kind: kinds[i]!, sector: sectors[i]!, parent: up === undefined ? null : { id: up } };
  }
  return orgs;
}

const byPersonId = (a: BridgePerson, b: BridgePerson) => byId(a.person.id, b.person.id);

/** The only-bridge rule's rows, as findOnlyBridges takes them. */
export interface Ties {
  people: BridgePerson[];
  orgs: BridgeOrg[];
}

/**
 * The people in id order: the statements have none, and the bridges (their sectors, groups and
 * organisations, hence the sentences) are built in the order the people come. The
 * organisations' order decides nothing (findOnlyBridges looks them up by id): not sorted.
 */
export function inIdOrder(people: BridgePerson[], lists: BridgeOrganisationLists | undefined): Ties {
  return {
    people: people.sort(byPersonId),
    orgs: bridgeOrganisationsOf(lists),
  };
}

/**
 * Everyone's ties and every organisation (findOnlyBridges looks up only those the ties name), read
 * at once: the only-bridge rule for everything, and what-if before and without a subject.
 */
export async function everyonesTies(run: RuleContext['run'], asOf: string): Promise<Ties> {
  // Each side is made as its statement answers: the people (~2 ms of JS for everything) while
  // the other statement still runs, not on the report's last stretch after both.
  const [people, orgs] = await allAtOnce([
    run<BridgeTies>('gapsBridgeTies', { asOf }).then((ties) => bridgePeopleOf(ties[0]).sort(byPersonId)),
    run<BridgeOrganisationLists>('gapsOrganisationLists', {}).then((lists) => bridgeOrganisationsOf(lists[0])),
  ]);
  return { people, orgs };
}
