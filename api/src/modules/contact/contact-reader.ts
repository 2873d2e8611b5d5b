import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../db/queries.js';

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

interface Row extends Omit<Candidates, 'pathways' | 'contacts'> {
  contacts: Array<Omit<ContactRow, 'workplaces' | 'channels'>>;
  workplaces: Array<{ relId: string; role?: string | null; org: OrgRow }>;
  reach: Array<RouteRow & { relId: string }>;
  steps: Array<{ pathway: { id: string; name: string; topics?: string[] | null }; step: StepRow }>;
}

/** One statement for all the askers; an unknown id is simply absent from the map. */
export async function readCandidates(db: QueryRunner, queries: QueryCatalog, ids: string[], day: string): Promise<Map<string, Candidates>> {
  const rows = await db.run<Row>(queries.contactCandidates, { ids, day });
  return new Map(rows.map((r) => [r.asker.id, toCandidates(r)]));
}

function toCandidates(r: Row): Candidates {
  const pathways = new Map<string, PathwayRow>();
  for (const { pathway, step } of r.steps) {
    const p = pathways.get(pathway.id) ?? { id: pathway.id, name: pathway.name, topics: pathway.topics ?? [], steps: [] };
    if (!p.steps.some((s) => s.id === step.id)) p.steps.push(step);
    pathways.set(pathway.id, p);
  }
  for (const p of pathways.values()) p.steps.sort((a, b) => a.number - b.number);
  return {
    asker: r.asker,
    ups: r.ups,
    municipality: r.municipality,
    units: r.units,
    contacts: r.contacts.map((c) => ({
      ...c,
      workplaces: r.workplaces.filter((w) => w.relId === c.rel.id).map(({ role, org }) => ({ role, org })),
      channels: r.reach.filter((x) => x.relId === c.rel.id).map(({ channel, provider, servedId }) => ({ channel, provider, servedId })),
    })),
    routes: r.routes.filter(Boolean),
    pathways: [...pathways.values()].sort((a, b) => a.name.localeCompare(b.name, 'da')),
  };
}
