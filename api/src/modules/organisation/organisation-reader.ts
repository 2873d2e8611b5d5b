import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { SEARCH_FOLD, foldParam, foldText } from '../core/text-fold.js';
import { contactAssignment, farEnd, links, type Props } from '../core/links.js';

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
  municipalityId?: string | null;
  clusterId?: string | null;
  text?: string | null;
}

/** What hangs off an organisation (cypher/organisation/relations-by-ids.cypher). */
export interface OrganisationRelations {
  people: Props[];
  contacts: Props[];
  groups: Props[];
  channels: Props[];
  agreements: Props[];
  statuses: Props[];
}

/**
 * Kind and sector alone use the plain statement; the scope and text filters the one that walks
 * PART_OF/IN_CLUSTER and folds names. Either way the collator orders the rows here.
 */
export async function listOrganisations(db: QueryRunner, queries: QueryCatalog, filter: OrganisationFilter = {}): Promise<OrganisationProps[]> {
  const kinds = filter.kinds?.length ? filter.kinds : null;
  const sectors = filter.sectors?.length ? filter.sectors : null;
  const text = filter.text ? foldText(filter.text) : '';
  const scoped = Boolean(filter.municipalityId || filter.clusterId || text);
  const rows = scoped
    ? await db.run<{ organisation: OrganisationProps }>(queries.organisationListFiltered, {
        kinds,
        sectors,
        municipalityId: filter.municipalityId ?? null,
        clusterId: filter.clusterId ?? null,
        text: text || null,
        fold: foldParam(SEARCH_FOLD),
      })
    : await db.run<{ organisation: OrganisationProps }>(queries.organisationList, { kinds, sectors });
  return rows.map((r) => r.organisation).sort(byDanishName);
}

/**
 * The organisation end of each link is left for the resolver to fill in with the organisation
 * it was asked about (it has it already), so Employment.organisation etc. resolve without a
 * further statement.
 */
export async function organisationRelationsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, OrganisationRelations>> {
  const rows = await db.run<Record<string, unknown> & { id: string }>(queries.organisationRelationsByIds, { ids });
  const far = (key: string) => (x: Props) => farEnd(x, [key]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        people: links<Props>(r.people).map(far('person')),
        contacts: links<Props>(r.contacts).map((x) => contactAssignment(x, null, null, 'person')),
        groups: links<Props>(r.groups).map(far('group')),
        channels: links<Props>(r.channels).map(far('channel')),
        agreements: links<Props>(r.agreements).map(far('agreement')),
        statuses: links<Props>(r.statuses).map(far('element')),
      },
    ]),
  );
}
export async function organisationsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, OrganisationRecord>> {
  const rows = await db.run<{ organisation: OrganisationProps; parents: OrganisationLink[]; children: OrganisationLink[] }>(queries.organisationsByIds, {
    ids,
  });
  const byLinkName = (a: OrganisationLink, b: OrganisationLink) => byDanishName(a.organisation, b.organisation);
  return new Map(rows.map((r) => [r.organisation.id, { ...r.organisation, parents: r.parents.sort(byLinkName), children: r.children.sort(byLinkName) }]));
}
