import { nodeRef, personName, type NodeRef } from '../core/node-ref.js';
import type { Language } from '../core/language.js';
import { GAP_WORDS_DA, type GapWords } from './gap-wording.js';
import { GAP_WORDS_EN } from './gap-wording-en.js';

/** The gap report's words in the language asked for (Danish unless EN). */
export function gapWords(lang: Language | null | undefined = 'DA'): GapWords {
  return lang === 'EN' ? GAP_WORDS_EN : GAP_WORDS_DA;
}

/** The language of node-ref.ts's words for a person not named ("en person (…)", "a person (…)"). */
export const refLang = (lang: Language | null | undefined): 'da' | 'en' => (lang === 'EN' ? 'en' : 'da');

/** A person as the reader may see them, in the sentence's language. */
export const personAsSeen = (p: { name?: unknown; title?: unknown }, showNames: boolean, lang?: Language) => personName(p, showNames, refLang(lang));

export interface Named {
  id: string;
  name?: unknown;
  kind?: unknown;
  sector?: unknown;
  title?: unknown;
}

export const groupRef = (g: Named): NodeRef => nodeRef({ ...g, label: 'Group' }, true);
export const orgRef = (o: Named): NodeRef => nodeRef({ ...o, label: 'Organisation' }, true);
export const channelRef = (c: Named): NodeRef => nodeRef({ ...c, label: 'Channel' }, true);
export const mandateRef = (m: Named): NodeRef => nodeRef({ ...m, label: 'Mandate' }, true);
export const personRef = (p: Named, showNames: boolean, lang?: Language): NodeRef => nodeRef({ ...p, label: 'Person' }, showNames, refLang(lang));

/** YYYY-MM-DD minus a number of days. */
export function daysBefore(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
