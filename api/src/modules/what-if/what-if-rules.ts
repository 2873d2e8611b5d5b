import type { Bridge, BridgeOrg, BridgePerson } from '../core/gap-finder/bridges.js';

/**
 * The pure decisions of whatIf(): given what the statements read and what goes with the
 * subject, what would break. No reads here.
 */

export interface Removed {
  subjectId: string;
  people: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
  channels: ReadonlySet<string>;
  /** All of the above and the subject: left out of the connection search. */
  all: ReadonlySet<string>;
}

export interface OrgRow {
  id: string;
  name: string;
  kind?: string | null;
  sector?: string | null;
}

/** Organisations (not going themselves) whose every current fixed contact goes. */
export function contactsLeftEmpty(rows: Array<{ organisation: OrgRow; contacts: Array<{ id: string; personId: string }> }>, removed: Removed) {
  return rows
    .filter((r) => !removed.orgs.has(r.organisation.id) && r.contacts.length > 0 && r.contacts.every((c) => removed.people.has(c.personId)))
    .map((r) => ({ organisation: r.organisation, lost: r.contacts.length, assignmentIds: r.contacts.map((c) => c.id).sort() }));
}

/** Organisations (not going themselves) whose every established channel goes. */
export function waysInLeftEmpty(rows: Array<{ organisation: OrgRow; channels: string[] }>, removed: Removed) {
  return rows
    .filter((r) => !removed.orgs.has(r.organisation.id) && r.channels.length > 0 && r.channels.every((c) => removed.channels.has(c)))
    .map((r) => ({ organisation: r.organisation, channelIds: [...r.channels].sort() }));
}

export interface GroupRow {
  group: { id: string; name: string; kind?: string | null; required: string[] };
  members: Array<{ id: string; personId: string; role?: string | null; represents: string[]; onBehalfOf?: string | null }>;
}

/**
 * Groups that lose a required perspective (represented now, by nobody who stays) or their
 * chair. A member goes when the person goes or when they sit for an organisation that goes.
 */
export function groupsLosing(rows: GroupRow[], removed: Removed) {
  const out = [];
  for (const { group, members } of rows) {
    const goes = (m: GroupRow['members'][number]) => removed.people.has(m.personId) || (typeof m.onBehalfOf === 'string' && removed.orgs.has(m.onBehalfOf));
    const staying = members.filter((m) => !goes(m));
    const leaving = members.filter(goes);
    const now = new Set(members.flatMap((m) => m.represents));
    const after = new Set(staying.flatMap((m) => m.represents));
    const lostPerspectives = group.required.filter((p) => now.has(p) && !after.has(p));
    const losesChair = leaving.some((m) => m.role === 'CHAIR') && !staying.some((m) => m.role === 'CHAIR');
    if (lostPerspectives.length || losesChair) {
      out.push({ group, lostPerspectives, losesChair, membershipIds: leaving.map((m) => m.id).sort(), emptied: staying.length === 0 });
    }
  }
  return out;
}

export interface BridgeChange {
  hand: BridgeOrg;
  sectors: string[];
  /** The one person left linking them (null: nobody is left). */
  person: BridgePerson['person'] | null;
}

/**
 * The only-bridge rule before and without: hands whose only bridge goes (nobody left), and
 * hands that come to hang on one person. Without an organisation, ties to it are gone too.
 */
export function bridgesWithout(
  find: (orgs: BridgeOrg[], people: BridgePerson[]) => Bridge[],
  orgs: BridgeOrg[],
  people: BridgePerson[],
  removed: Removed,
): BridgeChange[] {
  const before = find(orgs, people);
  const keep = (id: string) => !removed.orgs.has(id);
  const peopleAfter = people
    .filter((p) => !removed.people.has(p.person.id))
    .map((p) => ({
      ...p,
      works: p.works.filter(keep),
      contactFor: p.contactFor.filter(keep),
      groups: p.groups.filter((g) => !(typeof g.onBehalfOf === 'string' && removed.orgs.has(g.onBehalfOf))),
    }));
  const after = find(
    orgs.filter((o) => keep(o.id)),
    peopleAfter,
  );
  const changes: BridgeChange[] = [];
  for (const b of before) {
    if (!removed.people.has(b.person.id) || removed.orgs.has(b.hand.id)) continue;
    changes.push({ hand: b.hand, sectors: b.sectors, person: null });
  }
  const had = new Set(before.flatMap((b) => b.sectors.map((s) => `${b.person.id}|${b.hand.id}|${s}`)));
  for (const b of after) {
    const sectors = b.sectors.filter((s) => !had.has(`${b.person.id}|${b.hand.id}|${s}`));
    if (sectors.length) changes.push({ hand: b.hand, sectors, person: b.person });
  }
  return changes.sort((a, b) => (a.hand.id < b.hand.id ? -1 : a.hand.id > b.hand.id ? 1 : 0));
}

/** Each organisation around the subject once, at the fewest steps (1 or 2), in id order within a step. */
export function nearestFirst(rows: Array<{ near: OrgRow | null; far: OrgRow | null }>, subjectId: string): Array<{ organisation: OrgRow; steps: number }> {
  const found = new Map<string, { organisation: OrgRow; steps: number }>();
  for (const r of rows) if (r.near && r.near.id !== subjectId) found.set(r.near.id, { organisation: r.near, steps: 1 });
  for (const r of rows) if (r.far && r.far.id !== subjectId && !found.has(r.far.id)) found.set(r.far.id, { organisation: r.far, steps: 2 });
  return [...found.values()].sort((a, b) => a.steps - b.steps || (a.organisation.id < b.organisation.id ? -1 : a.organisation.id > b.organisation.id ? 1 : 0));
}

/** At most this many connections are tested (two searches each). */
export const MAX_PAIRS = 6;

/**
 * Pairs of organisations around the subject, in different sectors, nearest first: the ways
 * between sectors that may run through it. Organisations that go themselves are left out.
 */
export function pairsToTest(around: Array<{ organisation: OrgRow; steps: number }>, removed: Removed): Array<[OrgRow, OrgRow]> {
  const ends = around.filter((a) => !removed.all.has(a.organisation.id) && a.organisation.sector);
  const pairs: Array<{ a: OrgRow; b: OrgRow; rank: number }> = [];
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const [x, y] = [ends[i]!, ends[j]!];
      if (x.organisation.sector !== y.organisation.sector) pairs.push({ a: x.organisation, b: y.organisation, rank: x.steps + y.steps });
    }
  }
  // Each organisation in at most two pairs, so the few tests spread over the subject's surroundings.
  const used = new Map<string, number>();
  const chosen: Array<[OrgRow, OrgRow]> = [];
  for (const p of pairs.sort((p, q) => p.rank - q.rank || `${p.a.id} ${p.b.id}`.localeCompare(`${q.a.id} ${q.b.id}`))) {
    if ((used.get(p.a.id) ?? 0) >= 2 || (used.get(p.b.id) ?? 0) >= 2) continue;
    chosen.push([p.a, p.b]);
    used.set(p.a.id, (used.get(p.a.id) ?? 0) + 1);
    used.set(p.b.id, (used.get(p.b.id) ?? 0) + 1);
    if (chosen.length === MAX_PAIRS) break;
  }
  return chosen;
}
