import type { Guide, GuideChannel, GuidePathway, GuideStep, NodeRef } from '../api/types';

/**
 * The families' page of the guide, decided from the guide's data: the ways a family can use
 * itself, each once, and per step whom to call first; pathways whose answer at a step is the same
 * share one row, so three pathways × four steps with the same four ways print as four rows.
 */

/**
 * Channels a parent or young person can use directly: a phone line (a numbered way in, which
 * the steps point to) and a website (read, not called: listed once apart from the ways).
 * Advisory lines, referrals, MedCom, secure e-mail (between authorities: notifications, say) and
 * meetings are between professionals, and belong in the professionals' guide.
 */
const FAMILY_CHANNEL_KINDS = new Set(['PHONE_LINE']);

export interface FamilyWay {
  /** The channel's id: one card per channel, however many steps name it. */
  key: string;
  organisation: NodeRef;
  channel: GuideChannel;
}

export interface FamilyRow {
  number: number;
  name: string;
  nameLanguage: 'DA' | 'EN';
  description: string | null;
  /** The pathways this row answers for (all of them when the answer is the same for every one). */
  pathways: GuidePathway[];
  /** Keys of `ways`, in the API's ranking for the step. */
  first: string[];
  /** From step 3, the family's own GP is the first way to assessment and to a referral. */
  gpFirst: boolean;
}

export interface FamilyGuide {
  ways: FamilyWay[];
  /** Websites a family can read, each once (by channel and by address): the API's list, then any a step or unit names besides. */
  websites: GuideChannel[];
  rows: FamilyRow[];
  /** True when every step reads the same for every pathway (one list of pathways above the rows). */
  samePathways: boolean;
}

/** A way a family can take itself: an established phone line of the municipality's side. */
function isFamilyWay(route: GuideStep['routes'][number]): boolean {
  return route.side === 'MUNICIPALITY' && isFamilyChannel(route.channel);
}

const isFamilyChannel = (c: GuideChannel) => c.status === 'ESTABLISHED' && FAMILY_CHANNEL_KINDS.has(c.kind);

export function familyGuide(guide: Guide): FamilyGuide {
  const ways = new Map<string, FamilyWay>();
  const byStep = new Map<number, Array<{ pathway: GuidePathway; step: GuideStep; first: string[] }>>();
  for (const pathway of guide.pathways) {
    for (const step of pathway.steps) {
      const first: string[] = [];
      for (const r of step.routes.filter(isFamilyWay)) {
        if (!ways.has(r.channel.id)) ways.set(r.channel.id, { key: r.channel.id, organisation: r.organisation, channel: r.channel });
        if (!first.includes(r.channel.id)) first.push(r.channel.id);
      }
      byStep.set(step.number, [...(byStep.get(step.number) ?? []), { pathway, step, first }]);
    }
  }
  // The municipality's own family lines that no step ranks (a unit's line, say) still get a card.
  for (const u of guide.units)
    for (const c of u.channels) if (!ways.has(c.id) && isFamilyChannel(c)) ways.set(c.id, { key: c.id, organisation: u.organisation, channel: c });

  const rows: FamilyRow[] = [];
  for (const number of [...byStep.keys()].sort((a, b) => a - b)) {
    // Same step name and same ways: one row for those pathways.
    const groups = new Map<string, FamilyRow>();
    for (const { pathway, step, first } of byStep.get(number)!) {
      const key = `${step.name}\u0000${first.join(',')}`;
      const row = groups.get(key);
      if (row) row.pathways.push(pathway);
      else
        groups.set(key, {
          number,
          name: step.name,
          nameLanguage: step.nameLanguage,
          description: step.description,
          pathways: [pathway],
          first,
          gpFirst: number >= 3,
        });
    }
    rows.push(...groups.values());
  }
  const samePathways = rows.every((r) => r.pathways.length === guide.pathways.length);
  return { ways: [...ways.values()], websites: websitesOf(guide), rows, samePathways };
}

const isWebsite = (c: GuideChannel) => c.kind === 'WEBSITE' && c.status === 'ESTABLISHED' && Boolean(c.address);

/** A site's address for telling two records of one site apart: case and a trailing slash do not count. */
const siteKey = (address: string) => address.trim().toLowerCase().replace(/\/+$/, '');

function websitesOf(guide: Guide): GuideChannel[] {
  const out: GuideChannel[] = [];
  const seen = new Set<string>();
  const add = (c: GuideChannel) => {
    if (!isWebsite(c) || seen.has(c.id) || seen.has(siteKey(c.address!))) return;
    seen.add(c.id).add(siteKey(c.address!));
    out.push(c);
  };
  (guide.websites ?? []).forEach(add);
  for (const p of guide.pathways) for (const s of p.steps) for (const r of s.routes) add(r.channel);
  for (const u of guide.units) u.channels.forEach(add);
  return out;
}

/** "Forløbsprogram for børn og unge med ADHD" → "ADHD"; the English "Care pathway for … with ADHD" likewise. */
export const pathwayTopic = (name: string) =>
  name.replace(/^Forløbsprogram for børn og unge med\s+/i, '').replace(/^Care pathway for children and young people with\s+/i, '');
