import { relationSentenceEn } from '../core/relation-sentences-en.js';
import { capitalise } from '../core/wording.js';
import { listEn, perspectivesEn } from '../core/wording-en.js';
import { count, type InterfaceWords, type Workplace } from './interfaces-wording.js';

/**
 * The English sentences of an interfaces() answer (lang: EN), the counterpart of
 * interfaces-wording.ts. Names, roles and titles are Danish content and stay so.
 */

/** What a counterpart is, after its name: "Randers Kommune (municipality)". */
const COUNTERPART_SECTOR_EN: Record<string, string> = {
  REGION: 'region',
  GENERAL_PRACTICE: 'general practice',
  MUNICIPALITY: 'municipality',
  NATIONAL: 'national level',
};

/** "in the region", "in general practice", "in the municipalities", "at national level". */
const SECTOR_IN_EN: Record<string, string> = {
  REGION: 'in the region',
  GENERAL_PRACTICE: 'in general practice',
  MUNICIPALITY: 'in the municipalities',
  NATIONAL: 'at national level',
};

const roleEn = (w: Workplace) => (w.role !== null ? ` (${w.role})` : '');

export const INTERFACE_WORDS_EN: InterfaceWords = {
  lang: 'en',
  relation: relationSentenceEn,
  contact: (relation, name, workplace) => `${relation} ${capitalise(name)} works in ${workplace}.`,
  bothSides: (name, ours, theirs) => `${capitalise(name)} works both in ${ours.name}${roleEn(ours)} and in ${theirs.name}${roleEn(theirs)}.`,
  member: (m, showNames) => {
    const reps = m.represents.length ? perspectivesEn(m.represents) : '';
    if (showNames) return reps ? `${m.name} (${reps})` : m.name;
    if (!m.title) return reps ? `a named person (${reps})` : 'a named person';
    return `a person (${m.title}${reps ? `; ${reps}` : ''})`;
  },
  sharedGroup: (group, ours, own, theirs, counterpart) =>
    `In ${group}, ${listEn(ours)} ${ours.length === 1 ? 'sits' : 'sit'} for ${own} together with ${listEn(theirs)} for ${counterpart}.`,
  summary: (own, counterpart, f) => {
    const parts: string[] = [];
    if (f.channels) {
      const inUse = f.established === f.channels ? '' : f.established === 0 ? ' (none in use yet)' : ` (${f.established} in use)`;
      parts.push(`${count(f.channels, 'channel', 'channels')}${inUse}`);
    }
    if (f.contacts) parts.push(count(f.contacts, 'fixed contact', 'fixed contacts'));
    if (f.people) parts.push(count(f.people, 'person who works in both places', 'people who work in both places'));
    if (f.sharedGroups) parts.push(count(f.sharedGroups, 'shared group', 'shared groups'));
    const sector = COUNTERPART_SECTOR_EN[counterpart.sector ?? ''] ?? String(counterpart.sector).toLowerCase().replace(/_/g, ' ');
    return `${own} and ${counterpart.name} (${sector}) meet through ${listEn(parts)}.`;
  },
  explanation: (f) => {
    const own = f.own.name;
    if (!f.counterparts && f.own.kind === 'CLUSTER') {
      return `${own} is a cluster: it brings together municipalities, a hospital and practices from several sectors, but has no channels, fixed contacts or staff of its own. Look up the interfaces of the cluster's municipalities, hospital and practices.`;
    }
    if (!f.counterparts) {
      return `${own} has no recorded links to other sectors: no channels, fixed contacts or shared groups across them.`;
    }
    let text = `${own} has cross-sector interfaces with ${count(f.counterparts, 'organisation', 'organisations')}: ${listEn(
      f.bySector.map(([s, n]) => `${n} ${SECTOR_IN_EN[s] ?? s.toLowerCase().replace(/_/g, ' ')}`),
    )}.`;
    if (f.indirect) {
      const both = f.indirect - f.onlyGroups - f.onlyPeople;
      const how = (
        [
          [f.onlyGroups, 'only in shared groups'],
          [f.onlyPeople, 'only through a person who works in both places'],
          [both, 'only through shared groups and people who work in both places'],
        ] as const
      )
        .filter(([n]) => n > 0)
        .map(([n, h], i) => (i === 0 ? `${n} of them ${n === 1 ? 'meets' : 'meet'} ${h}` : `${n} ${h}`));
      text += ` Without a channel or fixed contact, ${listEn(how)}.`;
    }
    return text;
  },
};
