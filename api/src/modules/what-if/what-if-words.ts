import type { NodeRef } from '../core/node-ref.js';
import { listDa } from '../core/wording.js';
import { PERSPECTIVE_WORD_DA, SECTOR_SIDE_DA } from '../core/gap-finder/words.js';

/**
 * Everything a whatIf() answer says in words, in one language (Danish here, English in
 * what-if-words-en.ts), chosen by the question's `lang`. Names of organisations and groups,
 * and people's titles, are Danish content and stay so.
 */
export interface WhatIfWords {
  lang: 'da' | 'en';
  /** The subject as a sentence names it ("Randers Kommune", "En person (Sygeplejerske, …)"). */
  subject(subject: NodeRef): string;
  /** An organisation left without a fixed contact: its only one, or all `lost` of them, go with the subject. */
  contactLeftEmpty(organisation: string, lost: number, who: string): string;
  /** An organisation left without an established channel. */
  wayInLeftEmpty(organisation: string, who: string): string;
  /** A group losing required perspectives (codes) and/or its chair. */
  groupLoses(group: string, lostPerspectives: string[], losesChair: boolean): string;
  /** A hand whose tie to the sectors (codes) hangs on one person (already named for the reader), or on nobody. */
  bridge(hand: string, sectors: string[], person: string | null): string;
  /** A connection that gets longer (`after` hops) or vanishes (null). */
  path(from: string, to: string, before: number, after: number | null, who: string): string;
  /** The answer in one sentence: what breaks, counted, or that nothing does. */
  explanation(who: string, total: number, n: Record<WhatIfPart, number>): string;
}

export type WhatIfPart = 'contacts' | 'waysIn' | 'groups' | 'bridges' | 'paths';

const hops = (n: number) => `${n} led`;

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}

export const WHAT_IF_WORDS_DA: WhatIfWords = {
  lang: 'da',
  subject: (s) => s.name,
  contactLeftEmpty: (org, lost, who) =>
    lost === 1
      ? `${org} står uden fast kontaktperson: den eneste forsvinder med ${who}.`
      : `${org} står uden fast kontaktperson: alle ${lost} forsvinder med ${who}.`,
  wayInLeftEmpty: (org, who) => `${org} har ingen etableret kanal tilbage uden ${who}.`,
  groupLoses: (group, lostPerspectives, losesChair) => {
    const lost = lostPerspectives.map((p) => PERSPECTIVE_WORD_DA[p] ?? p);
    const parts = [lost.length ? `sin eneste repræsentant for ${listDa(lost)}, som gruppen skal have` : '', losesChair ? 'sin formand' : ''].filter(Boolean);
    return `${group} mister ${listDa(parts)}.`;
  },
  bridge: (hand, sectors, person) => {
    const sides = listDa(sectors.map((s) => SECTOR_SIDE_DA[s] ?? s));
    return person
      ? `${capital(person)} bliver den eneste, der forbinder ${hand} med ${sides}.`
      : `${hand} mister sin eneste navngivne forbindelse til ${sides}.`;
  },
  path: (from, to, before, after, who) =>
    after === null
      ? `Forbindelsen mellem ${from} og ${to} (i dag ${hops(before)}) forsvinder: ingen vej på højst 6 led uden ${who}.`
      : `Forbindelsen mellem ${from} og ${to} bliver længere: ${hops(before)} i dag, ${hops(after)} uden ${who}.`,
  explanation: (who, total, n) => {
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
  },
};
