import { personName, type NodeRef } from '../core/node-ref.js';
import { listDa } from '../core/wording.js';
import type { BridgeOrg } from '../core/gap-finder/bridges.js';
import { PERSPECTIVE_WORD_DA, SECTOR_SIDE_DA } from '../core/gap-finder/words.js';
import type { BridgeChange, OrgRow, Removed, contactsLeftEmpty, groupsLosing, waysInLeftEmpty } from './what-if-rules.js';

/** whatIf's answer in Danish sentences, with the ids the map highlights. */

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
}

const org = (ref: Ref, o: OrgRow | BridgeOrg) => ref({ ...o, label: 'Organisation' });
const hops = (n: number) => `${n} led`;

export function describeWhatIf(x: Input): WhatIfAnswer {
  const who = x.subject.name;
  const contacts = x.contacts.map((c) => ({
    organisation: org(x.ref, c.organisation),
    lost: c.lost,
    sentence:
      c.lost === 1
        ? `${c.organisation.name} står uden fast kontaktperson: den eneste forsvinder med ${who}.`
        : `${c.organisation.name} står uden fast kontaktperson: alle ${c.lost} forsvinder med ${who}.`,
  }));
  const waysIn = x.waysIn.map((w) => ({
    organisation: org(x.ref, w.organisation),
    sentence: `${w.organisation.name} har ingen etableret kanal tilbage uden ${who}.`,
  }));
  const groups = x.groups.map((g) => {
    const lost = g.lostPerspectives.map((p) => PERSPECTIVE_WORD_DA[p] ?? p);
    const parts = [lost.length ? `sin eneste repræsentant for ${listDa(lost)}, som gruppen skal have` : '', g.losesChair ? 'sin formand' : ''].filter(Boolean);
    return {
      group: x.ref({ ...g.group, label: 'Group' }),
      lostPerspectives: g.lostPerspectives,
      losesChair: g.losesChair,
      sentence: `${g.group.name} mister ${listDa(parts)}.`,
    };
  });
  const bridges = x.bridges.map((b) => {
    const sides = listDa(b.sectors.map((s) => SECTOR_SIDE_DA[s] ?? s));
    const person = b.person ? x.ref({ ...b.person, label: 'Person' }) : null;
    return {
      hand: org(x.ref, b.hand),
      sectors: b.sectors,
      person,
      sentence: b.person
        ? `${capital(personName(b.person, x.showNames))} bliver den eneste, der forbinder ${b.hand.name} med ${sides}.`
        : `${b.hand.name} mister sin eneste navngivne forbindelse til ${sides}.`,
    };
  });
  const paths = x.paths.map((p) => ({
    from: org(x.ref, p.from),
    to: org(x.ref, p.to),
    before: p.before,
    after: p.after,
    sentence:
      p.after === null
        ? `Forbindelsen mellem ${p.from.name} og ${p.to.name} (i dag ${hops(p.before)}) forsvinder: ingen vej på højst 6 led uden ${who}.`
        : `Forbindelsen mellem ${p.from.name} og ${p.to.name} bliver længere: ${hops(p.before)} i dag, ${hops(p.after)} uden ${who}.`,
  }));
  const affected = new Set<string>([
    ...x.contacts.map((c) => c.organisation.id),
    ...x.waysIn.map((w) => w.organisation.id),
    ...x.groups.map((g) => g.group.id),
    ...x.bridges.flatMap((b) => [b.hand.id, ...(b.person ? [b.person.id] : [])]),
    ...x.paths.flatMap((p) => [p.from.id, p.to.id]),
  ]);
  const total = contacts.length + waysIn.length + groups.length + bridges.length + paths.length;
  return {
    subject: x.subject,
    asOf: x.day,
    explanation: explain(who, total, { contacts: contacts.length, waysIn: waysIn.length, groups: groups.length, bridges: bridges.length, paths: paths.length }),
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

function explain(who: string, total: number, n: Record<'contacts' | 'waysIn' | 'groups' | 'bridges' | 'paths', number>): string {
  if (!total)
    return `Uden ${who} går intet af det, vi kan se, i stykker: ingen fast kontakt eller kanal står tom, ingen gruppe mister et krævet perspektiv eller sin formand, ingen bro eller vej mellem sektorerne forsvinder.`;
  const parts = [
    n.contacts ? `${n.contacts} ${n.contacts === 1 ? 'organisation står' : 'organisationer står'} uden fast kontaktperson` : '',
    n.waysIn ? `${n.waysIn} uden etableret kanal` : '',
    n.groups ? `${n.groups} ${n.groups === 1 ? 'gruppe mister' : 'grupper mister'} et krævet perspektiv eller formanden` : '',
    n.bridges ? `${n.bridges} ${n.bridges === 1 ? 'bro mellem sektorer svækkes' : 'broer mellem sektorer svækkes'}` : '',
    n.paths ? `${n.paths} ${n.paths === 1 ? 'forbindelse bliver længere eller forsvinder' : 'forbindelser bliver længere eller forsvinder'}` : '',
  ].filter(Boolean);
  return `Uden ${who}: ${listDa(parts)}.`;
}

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}
