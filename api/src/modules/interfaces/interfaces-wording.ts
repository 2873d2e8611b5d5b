import { relationSentence, type SentenceNode } from '../core/relation-sentences.js';
import { SECTOR_IN_DA, capitalise, listDa, perspectives } from '../core/wording.js';

/**
 * Everything an interfaces() answer says in words, in one language (Danish here, English in
 * interfaces-wording-en.ts). The reader (interfaces-reader.ts) works out the facts; these only
 * word them. Names come in as the reader may see them (a person's role for anonymous visitors).
 */
export interface InterfaceWords {
  lang: 'da' | 'en';
  /** One relationship as a sentence (core/relation-sentences*.ts). */
  relation(type: string, props: Record<string, unknown>, start: SentenceNode, end: SentenceNode, provider?: SentenceNode | null): string;
  /** A fixed contact's sentence followed by where the person works. */
  contact(relation: string, name: string, workplace: string): string;
  /** Someone who works on both sides; the roles are the WORKS_IN roles, if any. */
  bothSides(name: string, ours: Workplace, theirs: Workplace): string;
  /** A member in a sentence (mid-sentence: lower-case role for anonymous visitors). */
  member(m: MemberFacts, showNames: boolean): string;
  sharedGroup(group: string, ours: string[], own: string, theirs: string[], counterpart: string): string;
  summary(own: string, counterpart: { name: string; sector?: string | null }, f: CounterpartFacts): string;
  explanation(f: ExplanationFacts): string;
}

export interface Workplace {
  name: string;
  role: string | null;
}

export interface MemberFacts {
  name: string;
  title: string | null;
  represents: string[];
}

export interface CounterpartFacts {
  channels: number;
  /** Channels with status ESTABLISHED. */
  established: number;
  contacts: number;
  people: number;
  sharedGroups: number;
}

export interface ExplanationFacts {
  own: { name: string; kind: string };
  counterparts: number;
  /** Counterparts per sector, in the answer's sector order, sectors with none left out. */
  bySector: Array<readonly [string, number]>;
  /** Counterparts with neither channel nor fixed contact… */
  indirect: number;
  /** …of which met only in shared groups, */
  onlyGroups: number;
  /** …only through someone working on both sides. */
  onlyPeople: number;
}

/** What a counterpart is, after its name: "Randers Kommune (kommune)", "BUA (region)". */
const COUNTERPART_SECTOR_DA: Record<string, string> = {
  REGION: 'region',
  GENERAL_PRACTICE: 'almen praksis',
  MUNICIPALITY: 'kommune',
  NATIONAL: 'nationalt niveau',
};

export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const roleDa = (w: Workplace) => (w.role !== null ? ` (${w.role})` : '');

export const INTERFACE_WORDS_DA: InterfaceWords = {
  lang: 'da',
  relation: relationSentence,
  contact: (relation, name, workplace) => `${relation} ${capitalise(name)} arbejder i ${workplace}.`,
  bothSides: (name, ours, theirs) => `${capitalise(name)} arbejder både i ${ours.name}${roleDa(ours)} og i ${theirs.name}${roleDa(theirs)}.`,
  member: (m, showNames) => {
    const reps = m.represents.length ? perspectives(m.represents) : '';
    if (showNames) return reps ? `${m.name} (${reps})` : m.name;
    if (!m.title) return reps ? `en navngiven person (${reps})` : 'en navngiven person';
    return `en person (${m.title}${reps ? `; ${reps}` : ''})`;
  },
  sharedGroup: (group, ours, own, theirs, counterpart) => `I ${group} sidder ${listDa(ours)} for ${own} sammen med ${listDa(theirs)} for ${counterpart}.`,
  summary: (own, counterpart, f) => {
    const parts: string[] = [];
    if (f.channels) {
      const inUse = f.established === f.channels ? '' : f.established === 0 ? ' (ingen i brug endnu)' : ` (${f.established} i brug)`;
      parts.push(`${count(f.channels, 'kanal', 'kanaler')}${inUse}`);
    }
    if (f.contacts) parts.push(count(f.contacts, 'fast kontaktperson', 'faste kontaktpersoner'));
    if (f.people) parts.push(count(f.people, 'person, der arbejder begge steder', 'personer, der arbejder begge steder'));
    if (f.sharedGroups) parts.push(count(f.sharedGroups, 'fælles gruppe', 'fælles grupper'));
    return `${own} og ${counterpart.name} (${COUNTERPART_SECTOR_DA[counterpart.sector ?? ''] ?? counterpart.sector}) mødes gennem ${listDa(parts)}.`;
  },
  explanation: (f) => {
    const own = f.own.name;
    if (!f.counterparts && f.own.kind === 'CLUSTER') {
      // Members belong to a cluster through IN_CLUSTER, not as its units: the cluster has no hands of its own.
      return `${own} er en klynge: den samler kommuner, hospital og praksisser fra flere sektorer, men har ikke selv kanaler, faste kontaktpersoner eller ansatte. Slå snitfladerne op for klyngens kommuner, hospital og praksisser.`;
    }
    if (!f.counterparts) {
      return `${own} har ingen registrerede forbindelser til andre sektorer: ingen kanaler, faste kontaktpersoner eller fælles grupper på tværs.`;
    }
    let text = `${own} har tværsektorielle snitflader til ${count(f.counterparts, 'organisation', 'organisationer')}: ${listDa(
      f.bySector.map(([s, n]) => `${n} ${SECTOR_IN_DA[s] ?? s}`),
    )}.`;
    if (f.indirect) {
      const both = f.indirect - f.onlyGroups - f.onlyPeople;
      const how = [
        f.onlyGroups ? `${f.onlyGroups} kun i fælles grupper` : '',
        f.onlyPeople ? `${f.onlyPeople} kun gennem en person, der arbejder begge steder` : '',
        both ? `${both} kun gennem fælles grupper og personer, der arbejder begge steder` : '',
      ]
        .filter(Boolean)
        .map((h, i) => (i === 0 ? `med ${h.replace(' kun', ' af dem kun')}` : `med ${h}`));
      text += ` Uden kanal eller fast kontaktperson mødes man ${listDa(how)}.`;
    }
    return text;
  },
};
