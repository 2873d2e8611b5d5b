import { asNumbers, asStrings } from '../wording.js';
import { foldText } from '../text-fold.js';
import type { Candidates, ContactRow, OrgRow, PathwayRow, RouteRow, StepRow } from './contact-reader.js';

/**
 * Ranks fixed contacts and organisational routes for one question. Pure: everything it judges
 * came from one read (contact-reader.ts), and it says nothing in words: every factor that moves
 * a card or a route up or down is returned as a reason record, which contact-wording.ts tells
 * in Danish or English, so a reader can see why the list is in this order.
 */

export interface Question {
  pathway: PathwayRow | null;
  topic: string | null;
  step: number | null;
  /**
   * The other side asked about (a sector: REGION for BUA, MUNICIPALITY, GENERAL_PRACTICE), or
   * null for any: only people working there and channels provided from there.
   */
  side?: string | null;
}

/** How much each factor moves a fixed contact's card. */
export const CARD_WEIGHTS = {
  /** Whom the assignment serves, seen from the asker. */
  scope: { OWN_ORGANISATION: 40, PARENT: 30, UNIT: 20 },
  /** The assignment names the asked pathway / names none (so it serves all). */
  pathwayNamed: 20,
  pathwayAny: 5,
  /** The assignment names the asked step / names no steps. */
  stepNamed: 15,
  stepAny: 5,
  /** The asked topic is among the assignment's (or its pathways') topics. */
  topic: 15,
  /** The asker is in the assignment's audience / the audience names others. */
  inAudience: 10,
  outOfAudience: -10,
  /** A channel reaches the person. */
  reachable: 2,
} as const;

/** How much each factor moves an organisational way in. */
export const ROUTE_WEIGHTS = {
  /** Ways a person can use to ask first; teaching and meetings last. */
  kind: { ADVISORY_SERVICE: 8, PHONE_LINE: 8, MEDCOM_CORRESPONDENCE: 6, SECURE_EMAIL: 4, REFERRAL: 3, WEBSITE: 2, MEETING: 1, VIRTUAL_MEETING: 0 } as Readonly<
    Record<string, number>
  >,
  /** A channel that works beats one that fits better but is still being set up; a planned one is hardly a way in. */
  status: { ESTABLISHED: 10, IN_PROGRESS: 0, PLANNED: -15 } as Readonly<Record<string, number>>,
  /** The channel serves the asker itself / what it is part of or its units / is the own municipality's. */
  servesAsker: 6,
  servesSide: 4,
  ownMunicipality: 4,
  /** The provider is on the side the asked step belongs to: a way to ask / teaching or a meeting. */
  stepSide: 20,
  stepSideNotAsking: 5,
  /** From this kind weight up a channel is a way to ask about a child (REFERRAL and up). */
  askingKind: 3,
  /** Child psychiatry's advice line at step 2: whether a referral is relevant. */
  regionAdviceAtStep2: 10,
  /** The asked topic is in the channel's name or rules. */
  topic: 10,
} as const;

export type Scope = keyof typeof CARD_WEIGHTS.scope;

export type CardReason =
  | { kind: 'SCOPE'; scope: Scope; forOrg: OrgRow; asker: OrgRow }
  | { kind: 'PATHWAY'; named: boolean; pathway: PathwayRow }
  | { kind: 'STEP'; named: boolean; step: number; steps: number[] }
  | { kind: 'TOPIC'; fits: boolean; topic: string; topics: string[] }
  | { kind: 'AUDIENCE'; fits: boolean; asker: OrgRow; audience: string[] }
  | { kind: 'CHANNELS'; channels: RouteRow[] };

export type RouteReason =
  | { kind: 'SERVES_ASKER'; channelKind: string; asker: OrgRow }
  | { kind: 'SERVES_SIDE'; channelKind: string; served: OrgRow | null; servedId: string }
  | { kind: 'OWN_MUNICIPALITY'; channelKind: string }
  | { kind: 'FITS_STEP'; step: number; stepRow: StepRow | undefined }
  | { kind: 'REGION_ADVICE' }
  | { kind: 'NATIONAL' }
  | { kind: 'NOT_ESTABLISHED'; status: string }
  | { kind: 'TOPIC'; topic: string };

export interface Fit {
  scope: Scope;
  pathway: boolean | null;
  step: boolean | null;
  topic: boolean | null;
  audience: boolean | null;
  score: number;
}

export interface RankedContact {
  relId: string;
  row: ContactRow;
  forOrg: OrgRow;
  role: string | null;
  topics: string[];
  steps: number[];
  audience: string[];
  pathways: PathwayRow[];
  /** The channels reaching the person, one per channel. */
  channels: RouteRow[];
  fit: Fit;
  reasons: CardReason[];
}

export interface RankedRoute {
  route: RouteRow;
  score: number;
  reasons: RouteReason[];
  /**
   * A way to ask about this question. False for the loosely related ones (national specialist
   * advice, teaching, meetings, a website, a channel only planned, one on the other side of the
   * asked step), which the answer shows behind "Flere veje".
   */
  primary: boolean;
}

/** Assignments left out because they name other pathways or steps: the explanation says so. */
export interface Excluded {
  otherPathway: number;
  otherStep: number;
}

/** The asker's own words for audiences ("PPR", "familieafdeling", "praktiserende læger"). */
export function inAudience(asker: OrgRow, audience: string[]): boolean | null {
  if (!audience.length || asker.kind === 'MUNICIPALITY') return null;
  const names = [asker.name, asker.shortName ?? ''].map(foldText).join(' | ');
  return audience.some((a) => {
    const f = foldText(a);
    if (f.includes('praktiserende laeger') || f === 'almen praksis') return asker.kind === 'GP_PRACTICE' || asker.kind === 'GP_ORGANISATION';
    return names.includes(f);
  });
}

/**
 * The topic is in one of the texts, or a text is in the topic ("angst" in "angst og depression").
 * An empty text (an assignment without a role) matches nothing: every topic contains "".
 */
export function topicMatches(topic: string, texts: string[]): boolean {
  const t = foldText(topic);
  return texts.some((x) => {
    const f = foldText(x);
    return f !== '' && (f.includes(t) || t.includes(f));
  });
}

/** Another municipality's unit or people, reached only through something shared (PLO): not the asker's. */
function otherMunicipality(asker: Candidates, org: OrgRow): boolean {
  const own = asker.municipality?.municipalityCode ?? asker.asker.municipalityCode;
  return !!own && org.sector === 'MUNICIPALITY' && !!org.municipalityCode && org.municipalityCode !== own;
}

function dedupe(routes: RouteRow[]): RouteRow[] {
  const out = new Map<string, RouteRow>();
  for (const r of routes) if (!out.has(r.channel.id)) out.set(r.channel.id, r);
  return [...out.values()];
}

export function rankContacts(c: Candidates, q: Question): { ranked: RankedContact[]; excluded: Excluded } {
  const W = CARD_WEIGHTS;
  const excluded: Excluded = { otherPathway: 0, otherStep: 0 };
  const orgById = new Map<string, OrgRow>([c.asker, ...c.ups, ...c.units].map((o) => [o.id, o]));
  const pathwayById = new Map(c.pathways.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const ranked: RankedContact[] = [];
  for (const row of c.contacts) {
    const relId = String(row.rel.id ?? `${row.person.id}->${row.forId}`);
    if (seen.has(relId)) continue;
    seen.add(relId);
    const workplaces = row.workplaces.map((w) => w.org);
    if (workplaces.length && workplaces.every((o) => otherMunicipality(c, o))) continue;
    if (q.side && !workplaces.some((o) => o.sector === q.side)) continue;
    const pathwayIds = asStrings(row.rel.pathways);
    const steps = asNumbers(row.rel.steps);
    const topics = asStrings(row.rel.topics);
    const audience = asStrings(row.rel.audience);
    const pathwayFit = q.pathway ? (pathwayIds.length ? pathwayIds.includes(q.pathway.id) : null) : null;
    if (pathwayFit === false) {
      excluded.otherPathway++;
      continue;
    }
    const stepFit = q.step ? (steps.length ? steps.includes(q.step) : null) : null;
    if (stepFit === false) {
      excluded.otherStep++;
      continue;
    }
    const pathways = pathwayIds.map((id) => pathwayById.get(id)).filter((p): p is PathwayRow => !!p);
    const topicFit = q.topic ? topicMatches(q.topic, [...topics, String(row.rel.role ?? ''), ...pathways.flatMap((p) => [...p.topics, p.name])]) : null;
    const audienceFit = inAudience(c.asker, audience);
    const forOrg = orgById.get(row.forId)!;
    const scope: Scope = row.forId === c.asker.id ? 'OWN_ORGANISATION' : c.ups.some((u) => u.id === row.forId) ? 'PARENT' : 'UNIT';

    const reasons: CardReason[] = [{ kind: 'SCOPE', scope, forOrg, asker: c.asker }];
    let score = W.scope[scope];
    if (q.pathway) {
      score += pathwayFit ? W.pathwayNamed : W.pathwayAny;
      reasons.push({ kind: 'PATHWAY', named: !!pathwayFit, pathway: q.pathway });
    }
    if (q.step) {
      score += stepFit ? W.stepNamed : W.stepAny;
      reasons.push({ kind: 'STEP', named: !!stepFit, step: q.step, steps });
    }
    if (q.topic) {
      if (topicFit) score += W.topic;
      reasons.push({ kind: 'TOPIC', fits: !!topicFit, topic: q.topic, topics });
    }
    if (audienceFit !== null) {
      score += audienceFit ? W.inAudience : W.outOfAudience;
      reasons.push({ kind: 'AUDIENCE', fits: audienceFit, asker: c.asker, audience });
    }
    const channels = dedupe(row.channels);
    if (channels.length) {
      score += W.reachable;
      reasons.push({ kind: 'CHANNELS', channels });
    }
    ranked.push({
      relId,
      row,
      forOrg,
      role: typeof row.rel.role === 'string' ? row.rel.role : null,
      topics,
      steps,
      audience,
      pathways,
      channels,
      fit: { scope, pathway: pathwayFit, step: stepFit, topic: topicFit, audience: audienceFit, score },
      reasons,
    });
  }
  ranked.sort((a, b) => b.fit.score - a.fit.score || a.row.person.id.localeCompare(b.row.person.id) || a.forOrg.id.localeCompare(b.forOrg.id));
  return { ranked, excluded };
}

/** Kinds a person can use directly; the municipality's own MedCom and notification inboxes are ways in for others. */
const DIRECT_KINDS = new Set(['PHONE_LINE', 'ADVISORY_SERVICE', 'WEBSITE', 'MEETING', 'VIRTUAL_MEETING']);

/**
 * The graded model: steps 1–2 are the municipality's (and general practice's) own efforts,
 * at step 3 the municipality and GPs may consult child psychiatry, step 4 is child psychiatry's
 * (the steps' descriptions in the seed, after document 003).
 */
export function stepSide(step: number): string[] {
  return step <= 2 ? ['MUNICIPALITY', 'GENERAL_PRACTICE'] : ['REGION'];
}

export function rankRoutes(c: Candidates, q: Question): RankedRoute[] {
  const W = ROUTE_WEIGHTS;
  const routes = new Map<string, RouteRow>();
  for (const r of c.routes) {
    if (otherMunicipality(c, r.provider)) continue;
    if (r.servedId === null && !DIRECT_KINDS.has(r.channel.kind)) continue;
    if (q.side && r.provider.sector !== q.side) continue;
    const had = routes.get(r.channel.id);
    if (!had || (had.servedId === null && r.servedId !== null)) routes.set(r.channel.id, r);
  }
  const stepRow = q.step && q.pathway ? q.pathway.steps.find((s) => s.number === q.step) : undefined;
  const out: RankedRoute[] = [];
  for (const r of routes.values()) {
    const ch = r.channel;
    const kindWeight = W.kind[ch.kind] ?? 0;
    const reasons: RouteReason[] = [];
    let score = kindWeight + (W.status[ch.status] ?? 0);
    let fitsStep = true;
    if (r.servedId === c.asker.id) {
      score += W.servesAsker;
      reasons.push({ kind: 'SERVES_ASKER', channelKind: ch.kind, asker: c.asker });
    } else if (r.servedId) {
      score += W.servesSide;
      const served = [...c.ups, ...c.units].find((o) => o.id === r.servedId) ?? null;
      reasons.push({ kind: 'SERVES_SIDE', channelKind: ch.kind, served, servedId: r.servedId });
    } else {
      score += W.ownMunicipality;
      reasons.push({ kind: 'OWN_MUNICIPALITY', channelKind: ch.kind });
    }
    if (q.step) {
      if (stepSide(q.step).includes(r.provider.sector)) {
        // Teaching and meetings belong to the step too, but are not a way to ask about a child.
        score += kindWeight >= W.askingKind ? W.stepSide : W.stepSideNotAsking;
        reasons.push({ kind: 'FITS_STEP', step: q.step, stepRow });
      } else if (r.provider.sector === 'REGION' && ch.kind === 'ADVISORY_SERVICE' && q.step === 2) {
        score += W.regionAdviceAtStep2;
        reasons.push({ kind: 'REGION_ADVICE' });
      } else fitsStep = false;
    }
    if (r.provider.sector === 'NATIONAL') reasons.push({ kind: 'NATIONAL' });
    if (ch.status !== 'ESTABLISHED') reasons.push({ kind: 'NOT_ESTABLISHED', status: ch.status });
    if (q.topic && topicMatches(q.topic, [ch.name, ch.rules ?? ''])) {
      score += W.topic;
      reasons.push({ kind: 'TOPIC', topic: q.topic });
    }
    const primary = fitsStep && kindWeight >= W.askingKind && ch.status !== 'PLANNED' && r.provider.sector !== 'NATIONAL';
    out.push({ route: r, score, reasons, primary });
  }
  // On a tie the channel that works wins, then the order is fixed by id.
  out.sort(
    (a, b) =>
      b.score - a.score ||
      (W.status[b.route.channel.status] ?? 0) - (W.status[a.route.channel.status] ?? 0) ||
      a.route.channel.id.localeCompare(b.route.channel.id),
  );
  return out;
}
