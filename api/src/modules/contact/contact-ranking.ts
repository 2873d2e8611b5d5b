import { foldText } from '../core/text-fold.js';
import { nodeRef, personName, type NodeRef } from '../core/node-ref.js';
import { CHANNEL_KIND_DA, CHANNEL_STATUS_DA, asNumbers, asStrings, capitalise, channelDetails, listDa } from '../core/wording.js';
import type { Candidates, ChannelRow, ContactRow, OrgRow, PathwayRow, RouteRow, StepRow } from './contact-reader.js';

/**
 * Ranks fixed contacts and organisational routes for one question. Pure: everything it judges
 * came from one read (contact-reader.ts). Every factor that moves a card up or down is also said
 * in Danish in the card's `reasons`, so a reader can see why the list is in this order.
 */

export interface Question {
  pathway: PathwayRow | null;
  topic: string | null;
  step: number | null;
}

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
  fit: { scope: string; pathway: boolean | null; step: boolean | null; topic: boolean | null; audience: boolean | null; score: number };
  reasons: string[];
  sentence: string;
}

export interface ContactRouteView {
  rank: number;
  organisation: NodeRef;
  channel: ContactChannelView;
  side: string;
  score: number;
  reasons: string[];
  sentence: string;
}

/** Assignments left out because they name other pathways or steps: the explanation says so. */
export interface Excluded {
  otherPathway: number;
  otherStep: number;
}

/** The asker's own words for audiences ("PPR", "familieafdeling", "praktiserende læger"). */
function inAudience(asker: OrgRow, audience: string[]): boolean | null {
  if (!audience.length || asker.kind === 'MUNICIPALITY') return null;
  const names = [asker.name, asker.shortName ?? ''].map(foldText).join(' | ');
  return audience.some((a) => {
    const f = foldText(a);
    if (f.includes('praktiserende laeger') || f === 'almen praksis') return asker.kind === 'GP_PRACTICE' || asker.kind === 'GP_ORGANISATION';
    return names.includes(f);
  });
}

/** "ADHD", "angst og depression": what a pathway is about, for sentences. */
export function pathwayTopic(p: { name: string; topics: string[] }): string {
  return p.topics.length ? listDa(p.topics) : p.name;
}

export function stepPhrase(step: StepRow | undefined, n: number): string {
  const what = step?.name.replace(/^Trin \d+\s*[–-]\s*/, '').trim();
  return what ? `trin ${n} (${what.charAt(0).toLocaleLowerCase('da')}${what.slice(1)})` : `trin ${n}`;
}

function topicMatches(topic: string, texts: string[]): boolean {
  const t = foldText(topic);
  return texts.some((x) => {
    const f = foldText(x);
    return f.includes(t) || t.includes(f);
  });
}

/** Another municipality's unit or people, reached only through something shared (PLO): not the asker's. */
function otherMunicipality(asker: Candidates, org: OrgRow): boolean {
  const own = asker.municipality?.municipalityCode ?? asker.asker.municipalityCode;
  return !!own && org.sector === 'MUNICIPALITY' && !!org.municipalityCode && org.municipalityCode !== own;
}

export function channelView(r: RouteRow, showNames: boolean): ContactChannelView {
  return { ...r.channel, providedBy: nodeRef({ ...r.provider, label: 'Organisation' }, showNames), details: channelDetails(r.channel) };
}

export function rankContacts(c: Candidates, q: Question, showNames: boolean): { cards: ContactCardView[]; excluded: Excluded } {
  const excluded: Excluded = { otherPathway: 0, otherStep: 0 };
  const orgById = new Map<string, OrgRow>([c.asker, ...c.ups, ...c.units].map((o) => [o.id, o]));
  const pathwayName = new Map(c.pathways.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const cards: ContactCardView[] = [];
  for (const row of c.contacts) {
    const relId = String(row.rel.id ?? `${row.person.id}->${row.forId}`);
    if (seen.has(relId)) continue;
    seen.add(relId);
    const workplaces = row.workplaces.map((w) => w.org);
    if (workplaces.length && workplaces.every((o) => otherMunicipality(c, o))) continue;
    const pathways = asStrings(row.rel.pathways);
    const steps = asNumbers(row.rel.steps);
    const topics = asStrings(row.rel.topics);
    const audience = asStrings(row.rel.audience);
    const pathwayFit = q.pathway ? (pathways.length ? pathways.includes(q.pathway.id) : null) : null;
    if (pathwayFit === false) {
      excluded.otherPathway++;
      continue;
    }
    const stepFit = q.step ? (steps.length ? steps.includes(q.step) : null) : null;
    if (stepFit === false) {
      excluded.otherStep++;
      continue;
    }
    const assignmentPathways = pathways.map((id) => pathwayName.get(id)).filter((p): p is PathwayRow => !!p);
    const topicFit = q.topic
      ? topicMatches(q.topic, [...topics, String(row.rel.role ?? ''), ...assignmentPathways.flatMap((p) => [...p.topics, p.name])])
      : null;
    const audienceFit = inAudience(c.asker, audience);
    const forOrg = orgById.get(row.forId)!;
    const scope = row.forId === c.asker.id ? 'OWN_ORGANISATION' : c.ups.some((u) => u.id === row.forId) ? 'PARENT' : 'UNIT';

    const reasons: string[] = [];
    let score = 0;
    if (scope === 'OWN_ORGANISATION') {
      score += 40;
      reasons.push(`fast kontaktperson for ${forOrg.name} selv`);
    } else if (scope === 'PARENT') {
      score += 30;
      reasons.push(`fast kontaktperson for ${forOrg.name}, som ${c.asker.name} hører under`);
    } else {
      score += 20;
      reasons.push(`fast kontaktperson for ${forOrg.name}, en enhed i ${c.asker.name}`);
    }
    if (q.pathway) {
      if (pathwayFit) {
        score += 20;
        reasons.push(`nævner forløbsprogrammet for ${pathwayTopic(q.pathway)}`);
      } else {
        score += 5;
        reasons.push('nævner intet bestemt forløbsprogram, så gælder alle');
      }
    }
    if (q.step) {
      if (stepFit) {
        score += 15;
        reasons.push(`dækker trin ${q.step}${steps.length > 1 ? ` (${listDa(steps.map(String))})` : ''}`);
      } else {
        score += 5;
        reasons.push('nævner ingen bestemte trin');
      }
    }
    if (q.topic) {
      if (topicFit) {
        score += 15;
        reasons.push(`emnet »${q.topic}« er blandt kontaktens emner`);
      } else reasons.push(`emnet »${q.topic}« er ikke blandt kontaktens emner (${listDa(topics)})`);
    }
    if (audienceFit === true) {
      score += 10;
      reasons.push(`${c.asker.name} er i målgruppen (${listDa(audience)})`);
    } else if (audienceFit === false) {
      score -= 10;
      reasons.push(`målgruppen er ${listDa(audience)}`);
    }
    const channels = dedupe(row.channels).map((r) => channelView(r, showNames));
    if (channels.length) {
      score += 2;
      reasons.push(`kan nås gennem ${listDa(channels.map((ch) => ch.name))}`);
    }

    const display = capitalise(personName(row.person, showNames));
    const about = q.pathway && pathwayFit ? ` om ${pathwayTopic(q.pathway)}` : topics.length ? ` om ${listDa(topics)}` : '';
    const stepText = q.step ? `, trin ${q.step}` : steps.length ? `, trin ${listDa(steps.map(String))}` : '';
    const role = typeof row.rel.role === 'string' ? row.rel.role : null;
    cards.push({
      id: relId,
      rank: 0,
      person: {
        id: row.person.id,
        name: showNames ? (row.person.name ?? null) : null,
        title: row.person.title ?? null,
        profession: row.person.profession ?? null,
        email: showNames ? (row.person.email ?? null) : null,
        phone: showNames ? (row.person.phone ?? null) : null,
        displayName: display,
      },
      worksIn: workplaces.map((o) => nodeRef({ ...o, label: 'Organisation' }, showNames)),
      contactFor: nodeRef({ ...forOrg, label: 'Organisation' }, showNames),
      role,
      topics,
      pathways: assignmentPathways.map((p) => ({ id: p.id, label: 'Pathway', name: p.name, kind: null, sector: null })),
      steps,
      audience,
      since: typeof row.rel.since === 'string' ? row.rel.since : null,
      until: typeof row.rel.until === 'string' ? row.rel.until : null,
      channels,
      fit: { scope, pathway: pathwayFit, step: stepFit, topic: topicFit, audience: audienceFit, score },
      reasons,
      sentence: `${display}: ${role ?? 'fast kontaktperson'}${namesOrganisation(role, forOrg) ? '' : ` for ${forOrg.name}`}${about}${stepText}.`,
    });
  }
  cards.sort((a, b) => b.fit.score - a.fit.score || a.person.id.localeCompare(b.person.id) || a.contactFor.id.localeCompare(b.contactFor.id));
  cards.forEach((card, i) => (card.rank = i + 1));
  return { cards, excluded };
}

/** "fast kontaktperson for BUA i Horsens Kommune" already says whom it serves. */
function namesOrganisation(role: string | null, org: OrgRow): boolean {
  if (!role) return false;
  const r = foldText(role);
  return [org.name, org.shortName].some((n) => !!n && new RegExp(`\\b${escapeRe(foldText(n))}\\b`).test(r));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function dedupe(routes: RouteRow[]): RouteRow[] {
  const out = new Map<string, RouteRow>();
  for (const r of routes) if (!out.has(r.channel.id)) out.set(r.channel.id, r);
  return [...out.values()];
}

/** Kinds a person can use directly; the municipality's own MedCom and notification inboxes are ways in for others. */
const DIRECT_KINDS = new Set(['PHONE_LINE', 'ADVISORY_SERVICE', 'WEBSITE', 'MEETING', 'VIRTUAL_MEETING']);
const KIND_SCORE: Record<string, number> = { ADVISORY_SERVICE: 8, PHONE_LINE: 8, MEDCOM_CORRESPONDENCE: 6, SECURE_EMAIL: 4, REFERRAL: 3, WEBSITE: 2, MEETING: 1, VIRTUAL_MEETING: 0 };
/** A channel that works beats one that fits better but is still being set up; a planned one is hardly a way in. */
const STATUS_SCORE: Record<string, number> = { ESTABLISHED: 10, IN_PROGRESS: 0, PLANNED: -15 };

/**
 * The graded model: steps 1–2 are the municipality's (and general practice's) own efforts,
 * at step 3 the municipality and GPs may consult child psychiatry, step 4 is child psychiatry's
 * (the steps' descriptions in the seed, after document 003).
 */
function stepSide(step: number): string[] {
  return step <= 2 ? ['MUNICIPALITY', 'GENERAL_PRACTICE'] : ['REGION'];
}

export function rankRoutes(c: Candidates, q: Question, showNames: boolean): ContactRouteView[] {
  const routes = new Map<string, RouteRow>();
  for (const r of c.routes) {
    if (otherMunicipality(c, r.provider)) continue;
    if (r.servedId === null && !DIRECT_KINDS.has(r.channel.kind)) continue;
    const had = routes.get(r.channel.id);
    if (!had || (had.servedId === null && r.servedId !== null)) routes.set(r.channel.id, r);
  }
  const step = q.step && q.pathway ? q.pathway.steps.find((s) => s.number === q.step) : undefined;
  const out: ContactRouteView[] = [];
  for (const r of routes.values()) {
    const ch = r.channel;
    const reasons: string[] = [];
    let score = (KIND_SCORE[ch.kind] ?? 0) + (STATUS_SCORE[ch.status] ?? 0);
    const kindDa = CHANNEL_KIND_DA[ch.kind] ?? ch.kind;
    if (r.servedId === c.asker.id) {
      score += 6;
      reasons.push(`${kindDa} direkte til ${c.asker.name}`);
    } else if (r.servedId) {
      score += 4;
      const served = [...c.ups, ...c.units].find((o) => o.id === r.servedId);
      reasons.push(`${kindDa} for ${served?.name ?? r.servedId}`);
    } else {
      score += 4;
      reasons.push(`${kindDa} fra kommunens egen enhed`);
    }
    if (q.step) {
      if (stepSide(q.step).includes(r.provider.sector)) {
        // Teaching and meetings belong to the step too, but are not a way to ask about a child.
        score += (KIND_SCORE[ch.kind] ?? 0) >= 3 ? 20 : 5;
        reasons.push(`passer til ${stepPhrase(step, q.step)}`);
      } else if (r.provider.sector === 'REGION' && ch.kind === 'ADVISORY_SERVICE' && q.step === 2) {
        score += 10;
        reasons.push(`sparring med børne- og ungdomspsykiatrien, fx om en henvisning er relevant`);
      }
    }
    if (r.provider.sector === 'NATIONAL') reasons.push('national specialrådgivning i komplekse sager');
    if (ch.status !== 'ESTABLISHED') reasons.push(`kanalen er ${CHANNEL_STATUS_DA[ch.status] ?? ch.status}`);
    if (q.topic && topicMatches(q.topic, [ch.name, ch.rules ?? ''])) {
      score += 10;
      reasons.push(`emnet »${q.topic}« nævnes i kanalens regler`);
    }
    const view = channelView(r, showNames);
    out.push({
      rank: 0,
      organisation: view.providedBy,
      channel: view,
      side: r.provider.sector,
      score,
      reasons,
      sentence: `Kontakt ${r.provider.name} via ${ch.name}${view.details ? ` (${view.details})` : ''}.`,
    });
  }
  // On a tie the channel that works wins, then the order is fixed by id.
  out.sort((a, b) => b.score - a.score || (STATUS_SCORE[b.channel.status] ?? 0) - (STATUS_SCORE[a.channel.status] ?? 0) || a.channel.id.localeCompare(b.channel.id));
  out.forEach((r, i) => (r.rank = i + 1));
  return out;
}
