import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../db/queries.js';
import { byDanishName } from '../../domain/danish.js';

export interface OrganisationProps {
  id: string;
  name: string;
  kind: string;
  sector: string;
  [key: string]: unknown;
}

export interface OrganisationLink {
  relation: string;
  organisation: OrganisationProps;
}

export interface OrganisationRecord extends OrganisationProps {
  parents: OrganisationLink[];
  children: OrganisationLink[];
}

export interface OrganisationFilter {
  kinds?: string[] | null;
  sectors?: string[] | null;
}

export async function listOrganisations(db: QueryRunner, queries: QueryCatalog, filter: OrganisationFilter = {}): Promise<OrganisationProps[]> {
  const rows = await db.run<{ organisation: OrganisationProps }>(queries.organisationList, {
    kinds: filter.kinds?.length ? filter.kinds : null,
    sectors: filter.sectors?.length ? filter.sectors : null,
  });
  return rows.map((r) => r.organisation).sort(byDanishName);
}

export async function organisationsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, OrganisationRecord>> {
  const rows = await db.run<{ organisation: OrganisationProps; parents: OrganisationLink[]; children: OrganisationLink[] }>(
    queries.organisationsByIds,
    { ids },
  );
  const byLinkName = (a: OrganisationLink, b: OrganisationLink) => byDanishName(a.organisation, b.organisation);
  return new Map(
    rows.map((r) => [
      r.organisation.id,
      { ...r.organisation, parents: r.parents.sort(byLinkName), children: r.children.sort(byLinkName) },
    ]),
  );
}
