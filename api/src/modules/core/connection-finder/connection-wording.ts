import { relationSentence as relationSentenceDa, type SentenceNode } from '../relation-sentences.js';
import { relationSentenceEn } from '../relation-sentences-en.js';
import { capitalise } from '../wording.js';

/**
 * The sentences of a connection answer, one set per language. Names come in already as the
 * reader may see them (connection-answer.ts names people once, for visitors by their role).
 */
export interface ConnectionWords {
  lang: 'da' | 'en';
  same(from: string, to: string): string;
  none(from: string, to: string, o: { exhausted: boolean; maxHops: number; maxAllowed: number }): string;
  /** `best`: the first path's sentence and length; `equallyShort` paths of that length in all; `longer` ones one hop longer. */
  found(from: string, to: string, best: { length: number; sentence: string }, equallyShort: number, longer: number): string;
  relation(type: string, props: Record<string, unknown>, start: SentenceNode, end: SentenceNode, provider: SentenceNode | null): string;
}

export const CONNECTION_WORDS_DA: ConnectionWords = {
  lang: 'da',
  same: (from, to) => `${from} og ${to} er den samme.`,
  none: (from, to, { exhausted, maxHops, maxAllowed }) =>
    `Der er ingen forbindelse mellem ${from} og ${to} ${exhausted ? 'overhovedet' : `på højst ${maxHops} led`} ` +
    `gennem personer, grupper, kanaler og organisationer (regionen og klyngerne tæller ikke som led, for alle hører til dem).` +
    (exhausted || maxHops >= maxAllowed ? '' : ` Prøv at tillade flere led (op til ${maxAllowed}).`),
  found: (from, to, best, equallyShort, longer) => {
    let text = `${capitalise(from)} og ${to} mødes i ${best.length} led: ${best.sentence}`;
    if (equallyShort > 1) text += ` Der er ${equallyShort - 1} ${equallyShort === 2 ? 'anden vej' : 'andre veje'} med lige så få led.`;
    if (longer > 0)
      text += ` ${longer === 1 ? 'Én vej mere' : `${longer} veje mere`} med ${best.length + 1} led er vist som ${longer === 1 ? 'alternativ' : 'alternativer'}.`;
    return text;
  },
  relation: relationSentenceDa,
};

export const CONNECTION_WORDS_EN: ConnectionWords = {
  lang: 'en',
  same: (from, to) => `${from} and ${to} are the same.`,
  none: (from, to, { exhausted, maxHops, maxAllowed }) =>
    `There is no connection between ${from} and ${to} ${exhausted ? 'at all' : `in at most ${maxHops} steps`} ` +
    `through people, groups, channels and organisations (the region and the clusters do not count as steps, since everything belongs to them).` +
    (exhausted || maxHops >= maxAllowed ? '' : ` Try allowing more steps (up to ${maxAllowed}).`),
  found: (from, to, best, equallyShort, longer) => {
    let text = `${capitalise(from)} and ${to} meet in ${best.length} ${best.length === 1 ? 'step' : 'steps'}: ${best.sentence}`;
    if (equallyShort > 1) text += ` There ${equallyShort === 2 ? 'is 1 other way' : `are ${equallyShort - 1} other ways`} just as short.`;
    if (longer > 0)
      text += ` ${longer === 1 ? 'One more way' : `${longer} more ways`} with ${best.length + 1} steps ${longer === 1 ? 'is' : 'are'} shown as ${longer === 1 ? 'an alternative' : 'alternatives'}.`;
    return text;
  },
  relation: relationSentenceEn,
};

export function connectionWords(lang: 'DA' | 'EN' | null | undefined): ConnectionWords {
  return lang === 'EN' ? CONNECTION_WORDS_EN : CONNECTION_WORDS_DA;
}
