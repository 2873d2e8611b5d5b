import { nodeRef, personName, type NodeRef } from '../node-ref.js';
import { capitalise } from '../wording.js';
import type { ChannelRow, RouteRow } from './contact-reader.js';
import type { Fit, Question, RankedContact, RankedRoute } from './contact-ranking.js';
import { CONTACT_WORDS_DA, type ContactWords } from './contact-wording.js';

/**
 * The cards and routes of a findContact() answer as the API returns them. This is the one place
 * the answer names people: a visitor gets a person's role, never the name, e-mail or phone
 * (core/privacy.ts); `showNames` is canSeePersonalData(ctx).
 */

export interface ContactChannelView extends ChannelRow {
  providedBy: NodeRef;
  details: string;
}

export interface ContactCardView {
  /** The assignment (CONTACT_FOR) the card shows; what confirmEntry confirms. */
  id: string;
  rank: number;
  person: { id: string; name: string | null; title: string | null; profession: string | null; email: string | null; phone: string | null; displayName: string };
  worksIn: NodeRef[];
  contactFor: NodeRef;
  role: string | null;
  topics: string[];
  pathways: NodeRef[];
  steps: number[];
  audience: string[];
  since: string | null;
  until: string | null;
  channels: ContactChannelView[];
  fit: Fit;
  reasons: string[];
  sentence: string;
}

export interface ContactRouteView {
  rank: number;
  /** A way to ask about this question; false: loosely related (shown behind "Flere veje"). */
  primary: boolean;
  organisation: NodeRef;
  channel: ContactChannelView;
  side: string;
  score: number;
  reasons: string[];
  sentence: string;
}

export function channelView(r: RouteRow, showNames: boolean, words: ContactWords = CONTACT_WORDS_DA): ContactChannelView {
  return { ...r.channel, providedBy: nodeRef({ ...r.provider, label: 'Organisation' }, showNames), details: words.channelDetails(r.channel) };
}

export function cardView(c: RankedContact, rank: number, q: Question, showNames: boolean, words: ContactWords = CONTACT_WORDS_DA): ContactCardView {
  const { person } = c.row;
  const displayName = capitalise(personName(person, showNames, words.lang));
  return {
    id: c.relId,
    rank,
    person: {
      id: person.id,
      name: showNames ? (person.name ?? null) : null,
      title: person.title ?? null,
      profession: person.profession ?? null,
      email: showNames ? (person.email ?? null) : null,
      phone: showNames ? (person.phone ?? null) : null,
      displayName,
    },
    worksIn: c.row.workplaces.map((w) => nodeRef({ ...w.org, label: 'Organisation' }, showNames)),
    contactFor: nodeRef({ ...c.forOrg, label: 'Organisation' }, showNames),
    role: c.role,
    topics: c.topics,
    pathways: c.pathways.map((p) => ({ id: p.id, label: 'Pathway', name: p.name, kind: null, sector: null })),
    steps: c.steps,
    audience: c.audience,
    since: typeof c.row.rel.since === 'string' ? c.row.rel.since : null,
    until: typeof c.row.rel.until === 'string' ? c.row.rel.until : null,
    channels: c.channels.map((r) => channelView(r, showNames, words)),
    fit: c.fit,
    reasons: c.reasons.map(words.cardReason),
    sentence: words.cardSentence({ displayName, role: c.role, forOrg: c.forOrg, topics: c.topics, steps: c.steps, pathwayFit: c.fit.pathway }, q),
  };
}

export function routeView(r: RankedRoute, rank: number, showNames: boolean, words: ContactWords = CONTACT_WORDS_DA): ContactRouteView {
  const view = channelView(r.route, showNames, words);
  return {
    rank,
    primary: r.primary,
    organisation: view.providedBy,
    channel: view,
    side: r.route.provider.sector,
    score: r.score,
    reasons: r.reasons.map(words.routeReason),
    sentence: words.routeSentence(r.route.provider.name, r.route.channel.name, view.details),
  };
}
