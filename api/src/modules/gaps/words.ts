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

// The fields nodeRef reads, listed: a spread of rows of differing shapes into it cost more than
// the reference itself (docs/DESIGN.md, "The API's fixed cost per request").
const ref = (n: Named, label: string, showNames = true, lang?: Language): NodeRef =>
  nodeRef({ id: n.id, label, name: n.name, title: n.title, kind: n.kind, sector: n.sector }, showNames, refLang(lang));

export const groupRef = (g: Named): NodeRef => ref(g, 'Group');
export const orgRef = (o: Named): NodeRef => ref(o, 'Organisation');
export const channelRef = (c: Named): NodeRef => ref(c, 'Channel');
export const mandateRef = (m: Named): NodeRef => ref(m, 'Mandate');
export const personRef = (p: Named, showNames: boolean, lang?: Language): NodeRef => ref(p, 'Person', showNames, lang);

/** YYYY-MM-DD minus a number of days. */
export function daysBefore(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
