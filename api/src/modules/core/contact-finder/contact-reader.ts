import type { QueryRunner } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';

/**
 * Reads what findContact() ranks, for one or many asking organisations, in one statement
 * (cypher/contact/candidates.cypher). The statement judges nothing about pathway, step or topic,
 * so vejviser() can rank every pathway and step from the same read.
 */

export interface OrgRow {
  id: string;
  name: string;
  kind: string;
  sector: string;
  municipalityCode?: string | null;
  shortName?: string | null;
}

export interface ChannelRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  address?: string | null;
  schedule?: string | null;
  rules?: string | null;
  supportsAttachments?: boolean | null;
}

/** A channel with the organisation providing it, and whom (of the asker's side) it serves; null: provided by the asker's own municipality. */
export interface RouteRow {
  channel: ChannelRow;
  provider: OrgRow;
  servedId: string | null;
}

export interface PersonRow {
  id: string;
  name?: string | null;
  title?: string | null;
  profession?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ContactRow {
  rel: Record<string, unknown>;
  /** The organisation the assignment serves. */
  forId: string;
  person: PersonRow;
  workplaces: Array<{ role?: string | null; org: OrgRow }>;
  channels: RouteRow[];
}

export interface StepRow {
  id: string;
  name: string;
  number: number;
  description?: string | null;
  /** The English name where the data records one (?lang=en). */
  nameEn?: string | null;
}

export interface PathwayRow {
  id: string;
  name: string;
  topics: string[];
  steps: StepRow[];
}

export interface Candidates {
  asker: OrgRow;
  /** What the asker is part of (PART_OF, two levels), without the region and clusters. */
  ups: OrgRow[];
  municipality: OrgRow | null;
  /** The municipality's units (for a municipality or a unit of one). */
  units: OrgRow[];
  contacts: ContactRow[];
  routes: RouteRow[];
  pathways: PathwayRow[];
}

type OrgTuple = [id: string, name: string, kind: string, sector: string, municipalityCode: string | null, shortName?: string | null];
type ChannelTuple = [
  id: string,
  name: string,
  kind: string,
  status: string,
  address: string | null,
  schedule: string | null,
  rules: string | null,
  supportsAttachments: boolean | null,
];
type RelTuple = [id: string | null, role: unknown, pathways: unknown, steps: unknown, topics: unknown, audience: unknown, since: unknown, until: unknown];
type PersonTuple = [id: string, name: string | null, title: string | null, profession: string | null, email: string | null, phone: string | null];

/** One row of cypher/contact/candidates.cypher: lists in the positions its header gives. */
export interface CandidatesRow {
  asker: OrgTuple;
  ups: OrgTuple[];
  municipality: OrgTuple | null;
  units: OrgTuple[];
  contacts: Array<[rel: RelTuple, forId: string, person: PersonTuple]>;
  workplaces: Array<[relId: string, role: string | null, org: OrgTuple]>;
  reach: Array<[relId: string, channel: ChannelTuple, provider: OrgTuple, servedId: string]>;
  routes: Array<[channel: ChannelTuple, provider: OrgTuple, servedId: string | null] | null>;
  steps: Array<
    [
      pathwayId: string,
      pathwayName: string,
      pathwayTopics: string[] | null,
      stepId: string,
      stepName: string,
      stepNumber: number,
      stepDescription: string | null,
      stepNameEn?: string | null,
    ]
  >;
}

/** One statement for all the askers; an unknown id is simply absent from the map. */
export async function readCandidates(db: QueryRunner, queries: QueryCatalog, ids: string[], day: string): Promise<Map<string, Candidates>> {
  const rows = await db.run<CandidatesRow>(queries.contactCandidates, { ids, day });
  return new Map(rows.map((r) => [r.asker[0], toCandidates(r)]));
}

const org = ([id, name, kind, sector, municipalityCode, shortName]: OrgTuple): OrgRow => ({ id, name, kind, sector, municipalityCode, shortName });
/** A provider, a workplace or the municipality: read without a short name. */
const orgWithoutShortName = ([id, name, kind, sector, municipalityCode]: OrgTuple): OrgRow => ({ id, name, kind, sector, municipalityCode });
const channel = ([id, name, kind, status, address, schedule, rules, supportsAttachments]: ChannelTuple): ChannelRow => ({
  id,
  name,
  kind,
  status,
  address,
  schedule,
  rules,
  supportsAttachments,
});
/** The assignment's properties the ranking reads; an absent one is null. */
const rel = ([id, role, pathways, steps, topics, audience, since, until]: RelTuple): Record<string, unknown> => ({
  id,
  role,
  pathways,
  steps,
  topics,
  audience,
  since,
  until,
});
const person = ([id, name, title, profession, email, phone]: PersonTuple): PersonRow => ({ id, name, title, profession, email, phone });

/** Pathways in Danish name order, as String.prototype.localeCompare(…, 'da') orders them. */
const pathwayOrder = new Intl.Collator('da');

const byNameThenId = (a: { id: string; name?: unknown }, b: { id: string; name?: unknown }) =>
  pathwayOrder.compare(String(a.name ?? ''), String(b.name ?? '')) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A row as named records (the contract case reads the statement through this too). */
export function toCandidates(r: CandidatesRow): Candidates {
  const pathways = new Map<string, PathwayRow>();
  for (const [pathwayId, pathwayName, topics, id, name, number, description, nameEn] of r.steps) {
    let p = pathways.get(pathwayId);
    if (!p) {
      p = { id: pathwayId, name: pathwayName, topics: topics ?? [], steps: [] };
      pathways.set(pathwayId, p);
    }
    if (!p.steps.some((s) => s.id === id)) p.steps.push({ id, name, number, description, nameEn: nameEn ?? null });
  }
  for (const p of pathways.values()) p.steps.sort((a, b) => a.number - b.number);
  // An assignment's workplaces and channels, each in Danish name order then id: the statement
  // collects them in the order the engine walks the graph, which differs between engines.
  const workplacesOf = new Map<string, ContactRow['workplaces']>();
  for (const [relId, role, o] of r.workplaces) {
    const list = workplacesOf.get(relId) ?? [];
    list.push({ role, org: orgWithoutShortName(o) });
    workplacesOf.set(relId, list);
  }
  const channelsOf = new Map<string, RouteRow[]>();
  for (const [relId, ch, provider, servedId] of r.reach) {
    const list = channelsOf.get(relId) ?? [];
    list.push({ channel: channel(ch), provider: orgWithoutShortName(provider), servedId });
    channelsOf.set(relId, list);
  }
  for (const list of workplacesOf.values()) list.sort((a, b) => byNameThenId(a.org, b.org));
  for (const list of channelsOf.values()) list.sort((a, b) => byNameThenId(a.channel, b.channel));
  return {
    asker: org(r.asker),
    ups: r.ups.map(org),
    municipality: r.municipality ? orgWithoutShortName(r.municipality) : null,
    units: r.units.map(org),
    contacts: r.contacts.map(([assignment, forId, p]) => {
      // An assignment without an id has nothing keyed to it.
      const relId = assignment[0];
      const workplaces = relId === null ? [] : (workplacesOf.get(relId) ?? []);
      const channels = relId === null ? [] : (channelsOf.get(relId) ?? []);
      return { rel: rel(assignment), forId, person: person(p), workplaces, channels };
    }),
    routes: r.routes.filter((x) => !!x).map(([ch, provider, servedId]) => ({ channel: channel(ch), provider: orgWithoutShortName(provider), servedId })),
    pathways: [...pathways.values()].sort((a, b) => pathwayOrder.compare(a.name, b.name)),
  };
}
