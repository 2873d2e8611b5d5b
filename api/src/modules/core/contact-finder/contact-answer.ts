import type { GraphDb } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';
import { badInput, notFound } from '../../../errors.js';
import { foldText } from '../text-fold.js';
import { nodeRef, type NodeRef } from '../node-ref.js';
import { readCandidates, type Candidates, type PathwayRow } from './contact-reader.js';
import { rankContacts, rankRoutes, type Question } from './contact-ranking.js';
import { cardView, routeView, type ContactCardView, type ContactRouteView } from './contact-views.js';
import { contactLead, type ContactLead } from './contact-lead.js';
import { CONTACT_WORDS_DA, type ContactWords } from './contact-wording.js';
import { CONTACT_WORDS_EN } from './contact-wording-en.js';

/**
 * findContact(): who is my fixed contact? One statement reads the asker's side; the ranking and
 * every sentence are made here, so an empty answer can always say why it is empty.
 * It lives in core because two features ask it: findContact (modules/contact, the API field)
 * and the vejviser (modules/vejviser, an answer per pathway and step); features import only core.
 */

export interface ContactArgs {
  organisationId: string;
  pathwayId?: string | null;
  topic?: string | null;
  step?: number | null;
  /** The other side asked about: REGION (BUA), MUNICIPALITY or GENERAL_PRACTICE; null for any. */
  side?: string | null;
  first?: number | null;
  lang?: 'DA' | 'EN' | null;
}

export interface ContactAnswer {
  from: NodeRef;
  municipality: NodeRef | null;
  pathway: NodeRef | null;
  step: number | null;
  topic: string | null;
  contacts: ContactCardView[];
  routes: ContactRouteView[];
  fallbackUsed: boolean;
  explanation: string;
  /** The answer first: whom to contact and how, one short reason (null when there is nobody and no way in). */
  lead: ContactLead | null;
}

export function checkStep(step: number | null | undefined): void {
  if (step !== null && step !== undefined && (!Number.isInteger(step) || step < 1 || step > 4)) {
    throw badInput(
      { en: 'step must be 1, 2, 3 or 4 (the four steps of the graded model).', da: 'step skal være 1, 2, 3 eller 4 (den graduerede models fire trin).' },
      [{ field: 'step', message: 'must be 1–4' }],
    );
  }
}

export async function findContact(db: GraphDb, queries: QueryCatalog, args: ContactArgs, day: string, showNames: boolean): Promise<ContactAnswer> {
  checkStep(args.step);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > 50)
    throw badInput({ en: 'first must be between 1 and 50.', da: 'first skal være mellem 1 og 50.' }, [{ field: 'first', message: 'must be 1–50' }]);
  const topic = args.topic?.trim() || null;
  if (topic && topic.length > 200)
    throw badInput({ en: 'topic is at most 200 characters.', da: 'topic må højst være 200 tegn.' }, [{ field: 'topic', message: 'too long' }]);
  const candidates = (await readCandidates(db, queries, [args.organisationId], day)).get(args.organisationId);
  if (!candidates) throw notFound('organisation', args.organisationId);
  let pathway: PathwayRow | null = null;
  if (args.pathwayId) {
    pathway = candidates.pathways.find((p) => p.id === args.pathwayId) ?? null;
    if (!pathway) throw notFound('pathway', args.pathwayId);
  } else if (topic) pathway = pathwayOfTopic(candidates.pathways, topic);
  const words = args.lang === 'EN' ? CONTACT_WORDS_EN : CONTACT_WORDS_DA;
  return answer(candidates, { pathway, topic, step: args.step ?? null, side: args.side ?? null }, showNames, first, words);
}

/** A topic that names a pathway ("ADHD", "spiseforstyrrelser") asks about that pathway. */
function pathwayOfTopic(pathways: PathwayRow[], topic: string): PathwayRow | null {
  const t = foldText(topic);
  return pathways.find((p) => p.topics.some((x) => foldText(x) === t)) ?? null;
}

export function answer(c: Candidates, q: Question, showNames: boolean, first: number, words: ContactWords = CONTACT_WORDS_DA): ContactAnswer {
  const { ranked, excluded } = rankContacts(c, q);
  const routes = rankRoutes(c, q);
  const cards = ranked.slice(0, first).map((r, i) => cardView(r, i + 1, q, showNames, words));
  const routeViews = routes.map((r, i) => routeView(r, i + 1, showNames, words));
  const explanation = words.explanation(
    {
      asker: c.asker,
      municipality: c.municipality,
      // The best card as it reads (the person named as the reader may see them).
      cards: { count: ranked.length, best: cards[0]?.sentence ?? null },
      excluded,
      noBuaContact: !bua(c),
      routes: routeViews.slice(0, 2).map((r) => ({ provider: r.organisation.name, kind: r.channel.kind, channel: r.channel.name, details: r.channel.details })),
    },
    q,
  );
  return {
    from: nodeRef({ ...c.asker, label: 'Organisation' }, showNames),
    municipality: c.municipality ? nodeRef({ ...c.municipality, label: 'Organisation' }, showNames) : null,
    pathway: q.pathway ? { id: q.pathway.id, label: 'Pathway', name: q.pathway.name, kind: null, sector: null } : null,
    step: q.step,
    topic: q.topic,
    contacts: cards,
    routes: routeViews.slice(0, first),
    fallbackUsed: cards.length === 0,
    explanation,
    lead: contactLead(cards, routeViews, c.asker.name, words),
  };
}

/** Someone working in the region (BUA) is a current fixed contact for the asker's municipality or its units. */
function bua(c: Candidates): boolean {
  const side = new Set([c.municipality?.id, ...c.units.map((u) => u.id), c.asker.id]);
  return c.contacts.some((row) => side.has(row.forId) && row.workplaces.some((w) => w.org.sector === 'REGION'));
}
