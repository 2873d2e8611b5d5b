import { CHANNEL_KIND_EN, CHANNEL_STATUS_EN, channelDetailsEn, listEn } from '../wording-en.js';
import type { StepRow } from './contact-reader.js';
import type { CardReason, Question, RouteReason } from './contact-ranking.js';
import { namesOrganisation, type CardFacts, type ContactWords, type ExplanationFacts } from './contact-wording.js';

/**
 * The English sentences of a findContact() answer (?lang=en), the counterpart of
 * contact-wording.ts. Names, roles, topics, pathway and step names are Danish content and stay so.
 */

const kindEn = (kind: string) => CHANNEL_KIND_EN[kind] ?? 'channel';
const pathwayTopic = (p: { name: string; topics: string[] }) => (p.topics.length ? listEn(p.topics) : p.name);

/** "step 2 (early, light support in the municipality)": the English step name where the data has one. */
function stepPhrase(step: StepRow | undefined, n: number): string {
  const what = (step?.nameEn ?? step?.name)?.replace(/^(Trin|Step) \d+\s*[–-]\s*/, '').trim();
  return what ? `step ${n} (${what.charAt(0).toLowerCase()}${what.slice(1)})` : `step ${n}`;
}

function cardReason(r: CardReason): string {
  switch (r.kind) {
    case 'SCOPE':
      if (r.scope === 'OWN_ORGANISATION') return `fixed contact for ${r.forOrg.name} itself`;
      if (r.scope === 'PARENT') return `fixed contact for ${r.forOrg.name}, which ${r.asker.name} belongs to`;
      return `fixed contact for ${r.forOrg.name}, a unit of ${r.asker.name}`;
    case 'PATHWAY':
      return r.named ? `names the care pathway for ${pathwayTopic(r.pathway)}` : 'names no particular care pathway, so covers all';
    case 'STEP':
      return r.named ? `covers step ${r.step}${r.steps.length > 1 ? ` (${listEn(r.steps.map(String))})` : ''}` : 'names no particular steps';
    case 'TOPIC':
      return r.fits ? `the topic »${r.topic}« is among the contact's topics` : `the topic »${r.topic}« is not among the contact's topics (${listEn(r.topics)})`;
    case 'AUDIENCE':
      return r.fits ? `${r.asker.name} is in the audience (${listEn(r.audience)})` : `the audience is ${listEn(r.audience)}`;
    case 'CHANNELS':
      return `can be reached through ${listEn(r.channels.map((ch) => ch.channel.name))}`;
  }
}

function routeReason(r: RouteReason): string {
  switch (r.kind) {
    case 'SERVES_ASKER':
      return `${kindEn(r.channelKind)} directly for ${r.asker.name}`;
    case 'SERVES_SIDE':
      return `${kindEn(r.channelKind)} for ${r.served?.name ?? r.servedId}`;
    case 'OWN_MUNICIPALITY':
      return `${kindEn(r.channelKind)} from the municipality's own unit`;
    case 'FITS_STEP':
      return `fits ${stepPhrase(r.stepRow, r.step)}`;
    case 'REGION_ADVICE':
      return 'advice from child and adolescent psychiatry, e.g. whether a referral is relevant';
    case 'NATIONAL':
      return 'national specialist advice in complex cases';
    case 'NOT_ESTABLISHED':
      return `the channel is ${CHANNEL_STATUS_EN[r.status] ?? 'not yet in use'}`;
    case 'TOPIC':
      return `the topic »${r.topic}« is named in the channel's rules`;
  }
}

function cardSentence(c: CardFacts, q: Question): string {
  const about = q.pathway && c.pathwayFit ? ` on ${pathwayTopic(q.pathway)}` : c.topics.length ? ` on ${listEn(c.topics)}` : '';
  const stepText = q.step ? `, step ${q.step}` : c.steps.length ? `, steps ${listEn(c.steps.map(String))}` : '';
  return `${c.displayName}: ${c.role ?? 'fixed contact'}${namesOrganisation(c.role, c.forOrg) ? '' : ` for ${c.forOrg.name}`}${about}${stepText}.`;
}

function questionPhrase(q: Question): string {
  const parts: string[] = [];
  if (q.pathway) parts.push(`on ${pathwayTopic(q.pathway)}`);
  else if (q.topic) parts.push(`on »${q.topic}«`);
  if (q.step) parts.push(`step ${q.step}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function explanation(f: ExplanationFacts, q: Question): string {
  const asker = f.asker.name;
  const where = f.municipality && f.municipality.id !== f.asker.id ? `${asker} or ${f.municipality.name}` : asker;
  const sentences: string[] = [];
  if (f.cards.count) {
    sentences.push(
      f.cards.count === 1
        ? `One fixed contact for ${where}${questionPhrase(q)}: ${f.cards.best}`
        : `${f.cards.count} fixed contacts for ${where}${questionPhrase(q)}, best first: ${f.cards.best}`,
    );
  } else {
    const others: string[] = [];
    if (f.excluded.otherPathway) others.push(`${f.excluded.otherPathway} cover other care pathways`);
    if (f.excluded.otherStep) others.push(`${f.excluded.otherStep} cover other steps`);
    sentences.push(`No fixed contact is named for ${where}${questionPhrase(q)}${others.length ? ` (of the fixed contacts, ${listEn(others)})` : ''}.`);
  }
  const municipal = f.asker.sector === 'MUNICIPALITY' && !!f.municipality;
  if (municipal && f.noBuaContact) sentences.push(`${f.municipality!.name} has no named fixed contact at BUA.`);
  if (!f.cards.count || (municipal && f.noBuaContact)) {
    const phrase = (r: ExplanationFacts['routes'][number]) => `${r.provider} (${kindEn(r.kind)}: ${r.channel}${r.details ? `; ${r.details}` : ''})`;
    if (f.routes.length) sentences.push(`Use ${listEn(f.routes.map(phrase), 'or')} instead.`);
    else if (!f.cards.count) sentences.push(`Nor is any channel registered that serves ${asker}; ask your manager or the cluster's implementation group.`);
  }
  return sentences.join(' ');
}

export const CONTACT_WORDS_EN: ContactWords = {
  lang: 'en',
  cardReason,
  routeReason,
  cardSentence,
  routeSentence: (provider, channel, details) => `Contact ${provider} through ${channel}${details ? ` (${details})` : ''}.`,
  channelDetails: channelDetailsEn,
  explanation,
  lines: { PHONE: 'Phone', EMAIL: 'E-mail', ADDRESS: 'Address', WEB: 'Web', HOURS: 'Hours', RULES: 'Rules', LOCATION_NUMBER: 'Location number' },
  mailSubject: (asker) => `Contact for ${asker}`,
};
