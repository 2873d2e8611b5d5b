import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { foldText } from '../core/text-fold.js';
import { nodeRef, type NodeRef } from '../core/node-ref.js';
import { CHANNEL_KIND_DA, listDa } from '../core/wording.js';
import { readCandidates, type Candidates, type PathwayRow } from './contact-reader.js';
import { pathwayTopic, rankContacts, rankRoutes, type ContactCardView, type ContactRouteView, type Excluded, type Question } from './contact-ranking.js';

/**
 * findContact(): who is my fixed contact? One statement reads the asker's side; the ranking and
 * every sentence are made here, so an empty answer can always say why it is empty.
 */

export interface ContactArgs {
  organisationId: string;
  pathwayId?: string | null;
  topic?: string | null;
  step?: number | null;
  first?: number | null;
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
}

export function checkStep(step: number | null | undefined): void {
  if (step !== null && step !== undefined && (!Number.isInteger(step) || step < 1 || step > 4)) {
    throw badInput('step must be 1, 2, 3 or 4 (the four steps of the graded model).', [{ field: 'step', message: 'must be 1–4' }]);
  }
}

export async function findContact(db: GraphDb, queries: QueryCatalog, args: ContactArgs, day: string, showNames: boolean): Promise<ContactAnswer> {
  checkStep(args.step);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first must be between 1 and 50.', [{ field: 'first', message: 'must be 1–50' }]);
  const topic = args.topic?.trim() || null;
  if (topic && topic.length > 200) throw badInput('topic is at most 200 characters.', [{ field: 'topic', message: 'too long' }]);
  const candidates = (await readCandidates(db, queries, [args.organisationId], day)).get(args.organisationId);
  if (!candidates) throw notFound('organisation', args.organisationId);
  let pathway: PathwayRow | null = null;
  if (args.pathwayId) {
    pathway = candidates.pathways.find((p) => p.id === args.pathwayId) ?? null;
    if (!pathway) throw notFound('pathway', args.pathwayId);
  } else if (topic) pathway = pathwayOfTopic(candidates.pathways, topic);
  return answer(candidates, { pathway, topic, step: args.step ?? null }, showNames, first);
}

/** A topic that names a pathway ("ADHD", "spiseforstyrrelser") asks about that pathway. */
function pathwayOfTopic(pathways: PathwayRow[], topic: string): PathwayRow | null {
  const t = foldText(topic);
  return pathways.find((p) => p.topics.some((x) => foldText(x) === t)) ?? null;
}

export function answer(c: Candidates, q: Question, showNames: boolean, first: number): ContactAnswer {
  const { cards, excluded } = rankContacts(c, q, showNames);
  const routes = rankRoutes(c, q, showNames);
  const contacts = cards.slice(0, first);
  return {
    from: nodeRef({ ...c.asker, label: 'Organisation' }, showNames),
    municipality: c.municipality ? nodeRef({ ...c.municipality, label: 'Organisation' }, showNames) : null,
    pathway: q.pathway ? { id: q.pathway.id, label: 'Pathway', name: q.pathway.name, kind: null, sector: null } : null,
    step: q.step,
    topic: q.topic,
    contacts,
    routes: routes.slice(0, first),
    fallbackUsed: contacts.length === 0,
    explanation: explain(c, q, cards, routes, excluded),
  };
}

/** "om ADHD, trin 2", "om »henvisning«", "" */
function questionPhrase(q: Question): string {
  const parts: string[] = [];
  if (q.pathway) parts.push(`om ${pathwayTopic(q.pathway)}`);
  else if (q.topic) parts.push(`om »${q.topic}«`);
  if (q.step) parts.push(`trin ${q.step}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

function routePhrase(r: ContactRouteView): string {
  return `${r.organisation.name} (${CHANNEL_KIND_DA[r.channel.kind] ?? r.channel.kind}: ${r.channel.name}${r.channel.details ? `; ${r.channel.details}` : ''})`;
}

function explain(c: Candidates, q: Question, cards: ContactCardView[], routes: ContactRouteView[], excluded: Excluded): string {
  const asker = c.asker.name;
  const where = c.municipality && c.municipality.id !== c.asker.id ? `${asker} eller ${c.municipality.name}` : asker;
  const sentences: string[] = [];
  if (cards.length) {
    sentences.push(
      cards.length === 1
        ? `Én fast kontaktperson for ${where}${questionPhrase(q)}: ${cards[0]!.sentence}`
        : `${cards.length} faste kontaktpersoner for ${where}${questionPhrase(q)}, bedst først: ${cards[0]!.sentence}`,
    );
  } else {
    const others: string[] = [];
    if (excluded.otherPathway) others.push(`${excluded.otherPathway} gælder andre forløbsprogrammer`);
    if (excluded.otherStep) others.push(`${excluded.otherStep} gælder andre trin`);
    sentences.push(
      `Ingen fast kontaktperson er navngivet for ${where}${questionPhrase(q)}${others.length ? ` (af de faste kontaktpersoner ${listDa(others)})` : ''}.`,
    );
  }
  // The agreement asks for a fixed contact at BUA for every municipality (001); say when there is none.
  if (c.asker.sector === 'MUNICIPALITY' && c.municipality && !bua(c)) {
    sentences.push(`${c.municipality.name} har ingen navngiven fast kontaktperson i BUA.`);
  }
  const municipal = c.asker.sector === 'MUNICIPALITY' && !!c.municipality;
  if (!cards.length || (municipal && !bua(c))) {
    const best = routes.slice(0, 2);
    if (best.length) sentences.push(`Brug i stedet ${listDa(best.map(routePhrase), 'eller')}.`);
    else if (!cards.length) sentences.push(`Der er heller ingen kanal registreret, der betjener ${asker}; spørg din leder eller klyngens implementeringsgruppe.`);
  }
  return sentences.join(' ');
}

/** Someone working in the region (BUA) is a current fixed contact for the asker's municipality or its units. */
function bua(c: Candidates): boolean {
  const side = new Set([c.municipality?.id, ...c.units.map((u) => u.id), c.asker.id]);
  return c.contacts.some((row) => side.has(row.forId) && row.workplaces.some((w) => w.org.sector === 'REGION'));
}
