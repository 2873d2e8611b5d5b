import type { GraphDb } from '../../db/graph-db.js';
import { allAtOnce } from '../../db/at-once.js';
import type { QueryCatalog } from '../../queries.js';
import { notFound } from '../../errors.js';
import { danishCollator } from '../../domain/danish.js';
import { HUB_KINDS } from '../core/hubs.js';
import type { Language } from '../core/language.js';
import { nodeRef, personName, publicProps, type NodeRef } from '../core/node-ref.js';
import type { SentenceNode } from '../core/relation-sentences.js';
import { asNumbers, asStrings, capitalise } from '../core/wording.js';
import { getOrCreate } from '../core/collections.js';
import { INTERFACE_WORDS_DA, type InterfaceWords } from './interfaces-wording.js';
import { INTERFACE_WORDS_EN } from './interfaces-wording-en.js';

/**
 * interfaces(organisationId): every cross-sector link of an organisation (and the units below
 * it), grouped by the organisation on the other side: the channels between them, the fixed
 * contacts either way, the people who work on both sides and the groups where people from
 * both sit. Four statements in one read transaction, whatever the size of the answer. The
 * sentences are worded in the language asked for (interfaces-wording*.ts); this file reads.
 */

interface OrgRow {
  id: string;
  name: string;
  kind: string;
  sector: string;
  phone?: string | null;
}
interface OrgWithMunicipality extends OrgRow {
  municipality?: OrgRow | null;
}
interface PersonRow {
  id: string;
  name: string;
  title?: string | null;
  profession?: string | null;
  email?: string | null;
  phone?: string | null;
}
interface ChannelRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  address?: string | null;
  schedule?: string | null;
  rules?: string | null;
  supportsAttachments?: boolean | null;
}

export type InterfaceKind = 'REGION_MUNICIPALITY' | 'GENERAL_PRACTICE_MUNICIPALITY' | 'REGION_GENERAL_PRACTICE' | 'NATIONAL' | 'OTHER';

export interface PersonView {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface InterfaceChannel {
  channel: ChannelRow;
  providedBy: NodeRef;
  serves: NodeRef;
  /** OURS: the organisation (or a unit of it) provides it; THEIRS: the counterpart does. */
  side: 'OURS' | 'THEIRS';
  sentence: string;
}

export interface InterfaceContact {
  person: PersonView;
  worksIn: NodeRef;
  contactFor: NodeRef;
  /** THEIRS_FOR_US: their person is our fixed contact; OURS_FOR_THEM: ours is theirs. */
  side: 'THEIRS_FOR_US' | 'OURS_FOR_THEM';
  role: string | null;
  topics: string[];
  steps: number[];
  sentence: string;
}

export interface InterfacePerson {
  person: PersonView;
  ourSide: NodeRef;
  theirSide: NodeRef;
  sentence: string;
}

export interface InterfaceMember {
  person: PersonView;
  actsFor: NodeRef | null;
  role: string;
  represents: string[];
}

export interface SharedGroup {
  group: NodeRef;
  ours: InterfaceMember[];
  theirs: InterfaceMember[];
  sentence: string;
}

export interface Counterpart {
  organisation: NodeRef;
  kind: InterfaceKind;
  channels: InterfaceChannel[];
  contacts: InterfaceContact[];
  people: InterfacePerson[];
  sharedGroups: SharedGroup[];
  sentence: string;
}

export interface InterfaceMap {
  organisation: NodeRef;
  units: NodeRef[];
  counterparts: Counterpart[];
  explanation: string;
}

const SECTOR_ORDER = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL'];

export async function readInterfaces(
  db: GraphDb,
  queries: QueryCatalog,
  organisationId: string,
  day: string,
  showNames: boolean,
  lang: Language = 'DA',
): Promise<InterfaceMap> {
  return db.read(async (tx) => {
    const [scope] = await tx.run<{ organisation: OrgRow; units: OrgRow[] }>(queries.interfacesScope, { id: organisationId });
    if (!scope) throw notFound('organisation', organisationId);
    const own = scope.organisation;
    const ids = [own.id, ...scope.units.map((u) => u.id)];
    // Three independent reads of one snapshot, sent at once. A failure is passed on only when
    // all three have ended (Promise.all ended the transaction under the others).
    const [channels, peopleRows, groups] = await allAtOnce([
      tx.run<{ channel: ChannelRow; provider: OrgWithMunicipality; served: OrgWithMunicipality }>(queries.interfacesChannels, { ids, day }),
      tx.run<PersonTieRow>(queries.interfacesPeople, { ids, day }),
      tx.run<{ group: { id: string; name: string; kind: string }; members: GroupMemberRow[] }>(queries.interfacesGroups, { ids, day }),
    ]);
    const people = byPerson(peopleRows);
    const words = lang === 'EN' ? INTERFACE_WORDS_EN : INTERFACE_WORDS_DA;
    return new InterfaceBuilder(own, new Set(ids), showNames, words).build(scope.units, channels, people, groups);
  });
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Tie = { rel: Record<string, unknown>; org: OrgRow; municipality: OrgRow | null };
type PersonTies = { person: PersonRow; workplaces: Tie[]; contacts: Tie[] };
interface PersonTieRow extends Tie {
  person: PersonRow;
  tie: 'WORKS_IN' | 'CONTACT_FOR';
}

/** interfaces/people answers one row per tie (see there why); each person's ties together. */
function byPerson(rows: PersonTieRow[]): PersonTies[] {
  const people = new Map<string, PersonTies>();
  for (const { person, tie, rel, org, municipality } of rows) {
    const p = getOrCreate(people, person.id, (): PersonTies => ({ person, workplaces: [], contacts: [] }));
    (tie === 'WORKS_IN' ? p.workplaces : p.contacts).push({ rel, org, municipality });
  }
  return [...people.values()];
}

interface GroupMemberRow {
  person: PersonRow;
  membership: Record<string, unknown>;
  onBehalfOf: OrgRow | null;
  onBehalfOfMunicipality: OrgRow | null;
  workplaces: Array<{ org: OrgRow; municipality: OrgRow | null }>;
}

class InterfaceBuilder {
  private readonly counterparts = new Map<string, Counterpart>();
  private readonly refs = new Map<string, NodeRef>();

  constructor(
    private readonly own: OrgRow,
    private readonly scope: Set<string>,
    private readonly showNames: boolean,
    private readonly words: InterfaceWords,
  ) {}

  build(
    units: OrgRow[],
    channels: Array<{ channel: ChannelRow; provider: OrgWithMunicipality; served: OrgWithMunicipality }>,
    people: Array<{
      person: PersonRow;
      workplaces: Array<{ rel: Record<string, unknown>; org: OrgRow; municipality: OrgRow | null }>;
      contacts: Array<{ rel: Record<string, unknown>; org: OrgRow; municipality: OrgRow | null }>;
    }>,
    groups: Array<{ group: { id: string; name: string; kind: string }; members: GroupMemberRow[] }>,
  ): InterfaceMap {
    const ownFirst = (r: { provider: OrgRow; served: OrgRow }) => Number(r.provider.id !== this.own.id && r.served.id !== this.own.id);
    const channelOrder = (a: (typeof channels)[number], b: (typeof channels)[number]) =>
      ownFirst(a) - ownFirst(b) || byId(a.channel.id, b.channel.id) || byId(a.provider.id, b.provider.id) || byId(a.served.id, b.served.id);
    for (const row of [...channels].sort(channelOrder)) this.addChannel(row.channel, row.provider, row.served);
    // People, groups, members and their workplaces in id order: the statements collect them in
    // the order the engine walks the graph, which differs between engines, and the first
    // workplace is who a member acts for, the order of members the order of the sentences.
    const byOrg = <T extends { org: OrgRow }>(xs: T[]) => [...xs].sort((a, b) => byId(a.org.id, b.org.id));
    for (const row of [...people].sort((a, b) => byId(a.person.id, b.person.id))) this.addPerson(row.person, byOrg(row.workplaces), byOrg(row.contacts));
    for (const row of [...groups].sort((a, b) => byId(a.group.id, b.group.id))) {
      const members = row.members.map((m) => ({ ...m, workplaces: byOrg(m.workplaces) })).sort((a, b) => byId(a.person.id, b.person.id));
      this.addGroup(row.group, members);
    }
    const counterparts = [...this.counterparts.values()]
      .map((c) => ({ ...c, sentence: this.summarise(c) }))
      .sort(
        (a, b) =>
          SECTOR_ORDER.indexOf(a.organisation.sector ?? '') - SECTOR_ORDER.indexOf(b.organisation.sector ?? '') ||
          danishCollator.compare(a.organisation.name, b.organisation.name),
      );
    for (const c of counterparts) {
      c.channels.sort((a, b) => danishCollator.compare(a.channel.name, b.channel.name));
      c.contacts.sort((a, b) => danishCollator.compare(a.person.name, b.person.name));
      c.sharedGroups.sort((a, b) => danishCollator.compare(a.group.name, b.group.name));
    }
    return {
      organisation: this.ref(this.own),
      units: units.map((u) => this.ref(u)).sort((a, b) => danishCollator.compare(a.name, b.name)),
      counterparts,
      explanation: this.explain(counterparts),
    };
  }

  /**
   * An organisation as the answer names it, made once per organisation (its fields listed, see
   * channelNode): an answer names one organisation in many places (Aarhus: 51 counterparts and
   * 50 channels, each naming its provider and whom it serves).
   */
  private ref(o: { id: string; name: string; kind?: string | null; sector?: string | null }): NodeRef {
    return getOrCreate(this.refs, o.id, () =>
      nodeRef({ id: o.id, label: 'Organisation', name: o.name, kind: o.kind, sector: o.sector }, this.showNames, this.words.lang),
    );
  }

  /** What to call a person in this answer's sentences (lower-case role for visitors). */
  private nameOf(p: PersonRow): string {
    return personName(p, this.showNames, this.words.lang);
  }

  private person(p: PersonRow): PersonView {
    return {
      id: p.id,
      name: capitalise(this.nameOf(p)),
      title: p.title ?? null,
      email: this.showNames ? (p.email ?? null) : null,
      phone: this.showNames ? (p.phone ?? null) : null,
    };
  }

  /** The organisation on the other side: a municipal unit counts as its municipality. */
  private counterpartOf(org: OrgRow, municipality: OrgRow | null | undefined): OrgRow | null {
    if (this.scope.has(org.id)) return null;
    const cp = org.kind === 'MUNICIPAL_UNIT' && municipality ? municipality : org;
    if (this.scope.has(cp.id) || HUB_KINDS.includes(cp.kind) || cp.sector === this.own.sector) return null;
    return cp;
  }

  private entry(org: OrgRow): Counterpart {
    let c = this.counterparts.get(org.id);
    if (!c) {
      c = {
        organisation: this.ref(org),
        kind: interfaceKind(this.own.sector, org.sector),
        channels: [],
        contacts: [],
        people: [],
        sharedGroups: [],
        sentence: '',
      };
      this.counterparts.set(org.id, c);
    }
    return c;
  }

  private addChannel(channel: ChannelRow, provider: OrgWithMunicipality, served: OrgWithMunicipality): void {
    const ours = this.scope.has(provider.id);
    const cp = ours ? this.counterpartOf(served, served.municipality) : this.scope.has(served.id) ? this.counterpartOf(provider, provider.municipality) : null;
    if (!cp) return;
    const entry = this.entry(cp);
    // One entry per channel: the organisation itself first, then its units (rows come sorted so).
    if (entry.channels.some((c) => c.channel.id === channel.id)) return;
    const sentence = this.words.relation('SERVES', {}, channelNode(channel), orgNode(served), orgNode(provider));
    entry.channels.push({
      channel,
      providedBy: this.ref(provider),
      serves: this.ref(served),
      side: ours ? 'OURS' : 'THEIRS',
      sentence,
    });
  }

  private addPerson(
    p: PersonRow,
    workplaces: Array<{ rel: Record<string, unknown>; org: OrgRow; municipality: OrgRow | null }>,
    contacts: Array<{ rel: Record<string, unknown>; org: OrgRow; municipality: OrgRow | null }>,
  ): void {
    const person = this.person(p);
    const name = this.nameOf(p);
    for (const c of contacts) {
      for (const w of workplaces) {
        const targetInScope = this.scope.has(c.org.id);
        const workInScope = this.scope.has(w.org.id);
        if (targetInScope === workInScope) continue;
        const cp = targetInScope ? this.counterpartOf(w.org, w.municipality) : this.counterpartOf(c.org, c.municipality);
        if (!cp) continue;
        const props = publicProps(c.rel);
        this.entry(cp).contacts.push({
          person,
          worksIn: this.ref(w.org),
          contactFor: this.ref(c.org),
          side: targetInScope ? 'THEIRS_FOR_US' : 'OURS_FOR_THEM',
          role: typeof props.role === 'string' ? props.role : null,
          topics: asStrings(props.topics),
          steps: asNumbers(props.steps),
          sentence: this.words.contact(
            this.words.relation('CONTACT_FOR', props, { id: p.id, label: 'Person', name }, { ...c.org, label: 'Organisation' }),
            name,
            w.org.name,
          ),
        });
      }
    }
    // Someone who works on both sides is a link in person.
    const inside = workplaces.filter((w) => this.scope.has(w.org.id));
    for (const w of workplaces) {
      const cp = this.counterpartOf(w.org, w.municipality);
      if (!cp || !inside.length) continue;
      const entry = this.entry(cp);
      if (entry.people.some((x) => x.person.id === p.id)) continue;
      const ours = inside[0]!;
      entry.people.push({
        person,
        ourSide: this.ref(ours.org),
        theirSide: this.ref(w.org),
        sentence: this.words.bothSides(name, workplace(ours), workplace(w)),
      });
    }
  }

  private addGroup(group: { id: string; name: string; kind: string }, members: GroupMemberRow[]): void {
    const ours: InterfaceMember[] = [];
    const theirs = new Map<string, { org: OrgRow; members: InterfaceMember[] }>();
    for (const m of members) {
      const affiliations: Array<{ org: OrgRow; municipality: OrgRow | null }> = m.onBehalfOf
        ? [{ org: m.onBehalfOf, municipality: m.onBehalfOfMunicipality }]
        : m.workplaces;
      const member: InterfaceMember = {
        person: this.person(m.person),
        actsFor: affiliations[0] ? this.ref(affiliations[0].org) : null,
        role: typeof m.membership.role === 'string' ? m.membership.role : 'MEMBER',
        represents: asStrings(m.membership.represents),
      };
      if (affiliations.some((a) => this.scope.has(a.org.id))) {
        ours.push(member);
        continue;
      }
      for (const a of affiliations) {
        const cp = this.counterpartOf(a.org, a.municipality);
        if (!cp) continue;
        const slot = theirs.get(cp.id) ?? { org: cp, members: [] };
        if (!slot.members.some((x) => x.person.id === member.person.id)) slot.members.push(member);
        theirs.set(cp.id, slot);
      }
    }
    if (!ours.length) return;
    for (const { org, members: theirMembers } of theirs.values()) {
      // Mid-sentence: "en person (Familiechef; FAMILIEOMRÅDET)", not "En person (Familiechef) (FAMILIEOMRÅDET)".
      const who = (xs: InterfaceMember[]) =>
        xs.map((x) => this.words.member({ name: x.person.name, title: x.person.title, represents: x.represents }, this.showNames));
      this.entry(org).sharedGroups.push({
        group: nodeRef({ ...group, label: 'Group' }, this.showNames, this.words.lang),
        ours,
        theirs: theirMembers,
        sentence: this.words.sharedGroup(group.name, who(ours), this.own.name, who(theirMembers), org.name),
      });
    }
  }

  private summarise(c: Counterpart): string {
    return this.words.summary(this.own.name, c.organisation, {
      channels: c.channels.length,
      established: c.channels.filter((x) => x.channel.status === 'ESTABLISHED').length,
      contacts: c.contacts.length,
      people: c.people.length,
      sharedGroups: c.sharedGroups.length,
    });
  }

  private explain(counterparts: Counterpart[]): string {
    const indirect = counterparts.filter((c) => !c.channels.length && !c.contacts.length);
    return this.words.explanation({
      own: { name: this.own.name, kind: this.own.kind },
      counterparts: counterparts.length,
      bySector: SECTOR_ORDER.map((s) => [s, counterparts.filter((c) => c.organisation.sector === s).length] as const).filter(([, n]) => n > 0),
      indirect: indirect.length,
      onlyGroups: indirect.filter((c) => !c.people.length).length,
      onlyPeople: indirect.filter((c) => !c.sharedGroups.length).length,
    });
  }
}

/**
 * The ends of a channel's sentence with the fields a sentence reads, listed rather than spread
 * from the rows. With the spreads (here and in ref), the reader took ~0.42 ms of JS for Aarhus
 * (50 channel rows, 51 counterparts), listed ~0.17 (CPU, min of 6 rounds, alternated processes).
 */
function channelNode(c: ChannelRow): SentenceNode {
  return {
    id: c.id,
    label: 'Channel',
    name: c.name,
    kind: c.kind,
    status: c.status,
    address: c.address,
    schedule: c.schedule,
    rules: c.rules,
    supportsAttachments: c.supportsAttachments,
  };
}

function orgNode(o: OrgRow): SentenceNode {
  return { id: o.id, label: 'Organisation', name: o.name, kind: o.kind };
}

/** A workplace in a sentence: its name and the role there, if the tie names one. */
function workplace(w: { rel: Record<string, unknown>; org: OrgRow }): { name: string; role: string | null } {
  return { name: w.org.name, role: typeof w.rel.role === 'string' ? w.rel.role : null };
}

function interfaceKind(a: string, b: string): InterfaceKind {
  const pair = new Set([a, b]);
  if (pair.has('NATIONAL')) return 'NATIONAL';
  if (pair.has('REGION') && pair.has('MUNICIPALITY')) return 'REGION_MUNICIPALITY';
  if (pair.has('GENERAL_PRACTICE') && pair.has('MUNICIPALITY')) return 'GENERAL_PRACTICE_MUNICIPALITY';
  if (pair.has('REGION') && pair.has('GENERAL_PRACTICE')) return 'REGION_GENERAL_PRACTICE';
  return 'OTHER';
}
