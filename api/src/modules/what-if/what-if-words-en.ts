import { listEn } from '../core/wording-en.js';
import { PERSPECTIVE_WORD_EN, SECTOR_SIDE_EN } from '../core/gap-finder/words.js';
import type { WhatIfWords } from './what-if-words.js';

/**
 * The English sentences of a whatIf() answer (lang: EN), the counterpart of what-if-words.ts.
 * Names and titles are Danish content and stay so.
 */

const hops = (n: number) => (n === 1 ? '1 hop' : `${n} hops`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const WHAT_IF_WORDS_EN: WhatIfWords = {
  lang: 'en',
  // Inside a sentence someone unnamed is "a person (title)", not "A person (title)" as the subject's own name reads.
  subject: (s) => (s.label === 'Person' && /^A (person|named person)\b/.test(s.name) ? `a${s.name.slice(1)}` : s.name),
  contactLeftEmpty: (org, lost, who) =>
    lost === 1
      ? `${org} is left without a fixed contact: the only one goes with ${who}.`
      : `${org} is left without a fixed contact: all ${lost} go with ${who}.`,
  wayInLeftEmpty: (org, who) => `${org} has no established channel left without ${who}.`,
  groupLoses: (group, lostPerspectives, losesChair) => {
    const lost = lostPerspectives.map((p) => PERSPECTIVE_WORD_EN[p] ?? p.toLowerCase().replace(/_/g, ' '));
    const parts = [lost.length ? `its only representative of ${listEn(lost)} (which the group must have)` : '', losesChair ? 'its chair' : ''].filter(Boolean);
    return `${group} loses ${listEn(parts)}.`;
  },
  bridge: (hand, sectors, person) => {
    const sides = listEn(sectors.map((s) => SECTOR_SIDE_EN[s] ?? s.toLowerCase().replace(/_/g, ' ')));
    return person ? `${capital(person)} becomes the only one linking ${hand} with ${sides}.` : `${hand} loses its only named link to ${sides}.`;
  },
  path: (from, to, before, after, who) =>
    after === null
      ? `The connection between ${from} and ${to} (${hops(before)} today) vanishes: no way of at most 6 hops without ${who}.`
      : `The connection between ${from} and ${to} gets longer: ${hops(before)} today, ${hops(after)} without ${who}.`,
  explanation: (who, total, n) => {
    if (!total)
      return `Without ${who}, nothing we can see breaks: no fixed contact or channel is left empty, no group loses a required perspective or its chair, no bridge or connection between the sectors vanishes.`;
    const parts = [
      n.contacts ? `${n.contacts} ${n.contacts === 1 ? 'organisation is' : 'organisations are'} left without a fixed contact` : '',
      n.waysIn ? `${n.waysIn} without an established channel` : '',
      n.groups ? `${n.groups} ${n.groups === 1 ? 'group loses' : 'groups lose'} a required perspective or the chair` : '',
      n.bridges ? `${n.bridges} ${n.bridges === 1 ? 'bridge between sectors weakens' : 'bridges between sectors weaken'}` : '',
      n.paths ? `${n.paths} ${n.paths === 1 ? 'connection gets longer or vanishes' : 'connections get longer or vanish'}` : '',
    ].filter(Boolean);
    return `Without ${who}: ${listEn(parts)}.`;
  },
};
