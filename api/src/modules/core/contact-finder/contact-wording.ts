import { CHANNEL_KIND_DA, CHANNEL_STATUS_DA, channelDetails, listDa } from '../wording.js';
import { foldText } from '../text-fold.js';
import type { OrgRow, StepRow } from './contact-reader.js';
import type { CardReason, Excluded, Question, RouteReason } from './contact-ranking.js';

/** Everything a findContact() answer says in words, in one language (Danish here, English in contact-wording-en.ts). */
export interface ContactWords {
  lang: 'da' | 'en';
  cardReason(r: CardReason): string;
  routeReason(r: RouteReason): string;
  cardSentence(c: CardFacts, q: Question): string;
  routeSentence(provider: string, channel: string, details: string): string;
  channelDetails(c: ChannelFacts): string;
  explanation(f: ExplanationFacts, q: Question): string;
  /** The labels of the answer's contact lines. */
  lines: Record<ContactLineKind, string>;
  /** The subject of an e-mailed answer. */
  mailSubject(asker: string): string;
}

export type ContactLineKind = 'PHONE' | 'EMAIL' | 'ADDRESS' | 'WEB' | 'HOURS' | 'RULES' | 'LOCATION_NUMBER';

export interface CardFacts {
  displayName: string;
  role: string | null;
  forOrg: OrgRow;
  topics: string[];
  steps: number[];
  pathwayFit: boolean | null;
}

export type ChannelFacts = Parameters<typeof channelDetails>[0];

/**
 * The Danish sentences of a findContact() answer: the reasons the ranking gives
 * (contact-ranking.ts), each card's and route's sentence and the explanation. Names come in as
 * the reader may see them (contact-views.ts names people once).
 */

/** "ADHD", "angst og depression": what a pathway is about, for sentences. */
export function pathwayTopic(p: { name: string; topics: string[] }): string {
  return p.topics.length ? listDa(p.topics) : p.name;
}

export function stepPhrase(step: StepRow | undefined, n: number): string {
  const what = step?.name.replace(/^Trin \d+\s*[–-]\s*/, '').trim();
  return what ? `trin ${n} (${what.charAt(0).toLocaleLowerCase('da')}${what.slice(1)})` : `trin ${n}`;
}

const kindDa = (kind: string) => CHANNEL_KIND_DA[kind] ?? kind;

export function cardReasonDa(r: CardReason): string {
  switch (r.kind) {
    case 'SCOPE':
      if (r.scope === 'OWN_ORGANISATION') return `fast kontaktperson for ${r.forOrg.name} selv`;
      if (r.scope === 'PARENT') return `fast kontaktperson for ${r.forOrg.name}, som ${r.asker.name} hører under`;
      return `fast kontaktperson for ${r.forOrg.name}, en enhed i ${r.asker.name}`;
    case 'PATHWAY':
      return r.named ? `nævner forløbsprogrammet for ${pathwayTopic(r.pathway)}` : 'nævner intet bestemt forløbsprogram, så gælder alle';
    case 'STEP':
      return r.named ? `dækker trin ${r.step}${r.steps.length > 1 ? ` (${listDa(r.steps.map(String))})` : ''}` : 'nævner ingen bestemte trin';
    case 'TOPIC':
      return r.fits ? `emnet »${r.topic}« er blandt kontaktens emner` : `emnet »${r.topic}« er ikke blandt kontaktens emner (${listDa(r.topics)})`;
    case 'AUDIENCE':
      return r.fits ? `${r.asker.name} er i målgruppen (${listDa(r.audience)})` : `målgruppen er ${listDa(r.audience)}`;
    case 'CHANNELS':
      return `kan nås gennem ${listDa(r.channels.map((ch) => ch.channel.name))}`;
  }
}

export function routeReasonDa(r: RouteReason): string {
  switch (r.kind) {
    case 'SERVES_ASKER':
      return `${kindDa(r.channelKind)} direkte til ${r.asker.name}`;
    case 'SERVES_SIDE':
      return `${kindDa(r.channelKind)} for ${r.served?.name ?? r.servedId}`;
    case 'OWN_MUNICIPALITY':
      return `${kindDa(r.channelKind)} fra kommunens egen enhed`;
    case 'FITS_STEP':
      return `passer til ${stepPhrase(r.stepRow, r.step)}`;
    case 'REGION_ADVICE':
      return 'sparring med børne- og ungdomspsykiatrien, fx om en henvisning er relevant';
    case 'NATIONAL':
      return 'national specialrådgivning i komplekse sager';
    case 'NOT_ESTABLISHED':
      return `kanalen er ${CHANNEL_STATUS_DA[r.status] ?? r.status}`;
    case 'TOPIC':
      return `emnet »${r.topic}« nævnes i kanalens regler`;
  }
}

/** "fast kontaktperson for BUA i Horsens Kommune" already says whom it serves. */
export function namesOrganisation(role: string | null, org: OrgRow): boolean {
  if (!role) return false;
  const r = foldText(role);
  return [org.name, org.shortName].some((n) => !!n && new RegExp(`\\b${escapeRe(foldText(n))}\\b`).test(r));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Anna Jensen: fast kontaktperson i BUA om ADHD, trin 2." */
export function cardSentenceDa(c: CardFacts, q: Question): string {
  const about = q.pathway && c.pathwayFit ? ` om ${pathwayTopic(q.pathway)}` : c.topics.length ? ` om ${listDa(c.topics)}` : '';
  const stepText = q.step ? `, trin ${q.step}` : c.steps.length ? `, trin ${listDa(c.steps.map(String))}` : '';
  return `${c.displayName}: ${c.role ?? 'fast kontaktperson'}${namesOrganisation(c.role, c.forOrg) ? '' : ` for ${c.forOrg.name}`}${about}${stepText}.`;
}

/** "Kontakt BUA via Rådgivningsenheden (telefon …)." */
export function routeSentenceDa(provider: string, channel: string, details: string): string {
  return `Kontakt ${provider} via ${channel}${details ? ` (${details})` : ''}.`;
}

/** "om ADHD, trin 2", "om »henvisning«", "" */
function questionPhrase(q: Question): string {
  const parts: string[] = [];
  if (q.pathway) parts.push(`om ${pathwayTopic(q.pathway)}`);
  else if (q.topic) parts.push(`om »${q.topic}«`);
  if (q.step) parts.push(`trin ${q.step}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/** What the explanation needs of the answer, already ranked and named. */
export interface ExplanationFacts {
  asker: OrgRow;
  municipality: OrgRow | null;
  /** The best card's sentence, and how many cards there are in all. */
  cards: { count: number; best: string | null };
  excluded: Excluded;
  /** The municipality has no fixed contact at BUA (said for a municipal asker). */
  noBuaContact: boolean;
  /** The best two ways in: the provider, the channel's kind, name and details. */
  routes: Array<{ provider: string; kind: string; channel: string; details: string }>;
}

export function explanationDa(f: ExplanationFacts, q: Question): string {
  const asker = f.asker.name;
  const where = f.municipality && f.municipality.id !== f.asker.id ? `${asker} eller ${f.municipality.name}` : asker;
  const sentences: string[] = [];
  if (f.cards.count) {
    sentences.push(
      f.cards.count === 1
        ? `Én fast kontaktperson for ${where}${questionPhrase(q)}: ${f.cards.best}`
        : `${f.cards.count} faste kontaktpersoner for ${where}${questionPhrase(q)}, bedst først: ${f.cards.best}`,
    );
  } else {
    const others: string[] = [];
    if (f.excluded.otherPathway) others.push(`${f.excluded.otherPathway} gælder andre forløbsprogrammer`);
    if (f.excluded.otherStep) others.push(`${f.excluded.otherStep} gælder andre trin`);
    sentences.push(
      `Ingen fast kontaktperson er navngivet for ${where}${questionPhrase(q)}${others.length ? ` (af de faste kontaktpersoner ${listDa(others)})` : ''}.`,
    );
  }
  // The agreement asks for a fixed contact at BUA for every municipality (001); say when there is none.
  const municipal = f.asker.sector === 'MUNICIPALITY' && !!f.municipality;
  if (municipal && f.noBuaContact) sentences.push(`${f.municipality!.name} har ingen navngiven fast kontaktperson i BUA.`);
  if (!f.cards.count || (municipal && f.noBuaContact)) {
    const phrase = (r: ExplanationFacts['routes'][number]) => `${r.provider} (${kindDa(r.kind)}: ${r.channel}${r.details ? `; ${r.details}` : ''})`;
    if (f.routes.length) sentences.push(`Brug i stedet ${listDa(f.routes.map(phrase), 'eller')}.`);
    else if (!f.cards.count)
      sentences.push(`Der er heller ingen kanal registreret, der betjener ${asker}; spørg din leder eller klyngens implementeringsgruppe.`);
  }
  return sentences.join(' ');
}

export const CONTACT_WORDS_DA: ContactWords = {
  lang: 'da',
  cardReason: cardReasonDa,
  routeReason: routeReasonDa,
  cardSentence: cardSentenceDa,
  routeSentence: routeSentenceDa,
  channelDetails,
  explanation: explanationDa,
  lines: { PHONE: 'Telefon', EMAIL: 'E-mail', ADDRESS: 'Adresse', WEB: 'Web', HOURS: 'Tider', RULES: 'Regler', LOCATION_NUMBER: 'Lokationsnummer' },
  mailSubject: (asker) => `Kontakt for ${asker}`,
};
