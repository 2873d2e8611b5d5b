import { personName, type NodeRef } from '../core/node-ref.js';
import type { BridgeOrg } from '../core/gap-finder/bridges.js';
import type { BridgeChange, OrgRow, Removed, contactsLeftEmpty, groupsLosing, waysInLeftEmpty } from './what-if-rules.js';
import type { WhatIfWords } from './what-if-words.js';

/**
 * whatIf's answer: the consequences with the ids the map highlights, each told in a sentence
 * of the language asked for (what-if-words.ts, what-if-words-en.ts).
 */

export interface WhatIfAnswer {
  subject: NodeRef;
  asOf: string;
  explanation: string;
  /** The subject and what goes with it. */
  removedIds: string[];
  /** Everything that would break: organisations, groups, hands, ends of connections. */
  affectedIds: string[];
  contacts: Array<{ organisation: NodeRef; lost: number; sentence: string }>;
  waysIn: Array<{ organisation: NodeRef; sentence: string }>;
  groups: Array<{ group: NodeRef; lostPerspectives: string[]; losesChair: boolean; sentence: string }>;
  bridges: Array<{ hand: NodeRef; sectors: string[]; person: NodeRef | null; sentence: string }>;
  paths: Array<{ from: NodeRef; to: NodeRef; before: number; after: number | null; sentence: string }>;
  total: number;
}

type Ref = (n: { id: string; label?: string; name?: unknown; title?: unknown; kind?: unknown; sector?: unknown }) => NodeRef;

interface Input {
  subject: NodeRef;
  day: string;
  removed: Removed;
  contacts: ReturnType<typeof contactsLeftEmpty>;
  waysIn: ReturnType<typeof waysInLeftEmpty>;
  groups: ReturnType<typeof groupsLosing>;
  bridges: BridgeChange[];
  paths: Array<{ from: OrgRow; to: OrgRow; before: number; after: number | null }>;
  ref: Ref;
  showNames: boolean;
  words: WhatIfWords;
}

const org = (ref: Ref, o: OrgRow | BridgeOrg) => ref({ ...o, label: 'Organisation' });

export function describeWhatIf(x: Input): WhatIfAnswer {
  const w = x.words;
  const who = w.subject(x.subject);
  const contacts = x.contacts.map((c) => ({
    organisation: org(x.ref, c.organisation),
    lost: c.lost,
    sentence: w.contactLeftEmpty(c.organisation.name, c.lost, who),
  }));
  const waysIn = x.waysIn.map((wi) => ({
    organisation: org(x.ref, wi.organisation),
    sentence: w.wayInLeftEmpty(wi.organisation.name, who),
  }));
  const groups = x.groups.map((g) => ({
    group: x.ref({ ...g.group, label: 'Group' }),
    lostPerspectives: g.lostPerspectives,
    losesChair: g.losesChair,
    sentence: w.groupLoses(g.group.name, g.lostPerspectives, g.losesChair),
  }));
  const bridges = x.bridges.map((b) => ({
    hand: org(x.ref, b.hand),
    sectors: b.sectors,
    person: b.person ? x.ref({ ...b.person, label: 'Person' }) : null,
    sentence: w.bridge(b.hand.name, b.sectors, b.person ? personName(b.person, x.showNames, w.lang) : null),
  }));
  const paths = x.paths.map((p) => ({
    from: org(x.ref, p.from),
    to: org(x.ref, p.to),
    before: p.before,
    after: p.after,
    sentence: w.path(p.from.name, p.to.name, p.before, p.after, who),
  }));
  const affected = new Set<string>([
    ...x.contacts.map((c) => c.organisation.id),
    ...x.waysIn.map((wi) => wi.organisation.id),
    ...x.groups.map((g) => g.group.id),
    ...x.bridges.flatMap((b) => [b.hand.id, ...(b.person ? [b.person.id] : [])]),
    ...x.paths.flatMap((p) => [p.from.id, p.to.id]),
  ]);
  const total = contacts.length + waysIn.length + groups.length + bridges.length + paths.length;
  return {
    subject: x.subject,
    asOf: x.day,
    explanation: w.explanation(who, total, {
      contacts: contacts.length,
      waysIn: waysIn.length,
      groups: groups.length,
      bridges: bridges.length,
      paths: paths.length,
    }),
    removedIds: [...x.removed.all].sort(),
    affectedIds: [...affected].filter((id) => !x.removed.all.has(id)).sort(),
    contacts,
    waysIn,
    groups,
    bridges,
    paths,
    total,
  };
}
