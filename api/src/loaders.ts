import DataLoader from 'dataloader';
import type { QueryRunner } from './db/graph-db.js';
import type { QueryCatalog } from './queries.js';
import type { OrganisationRecord } from './modules/organisation/organisation-reader.js';
import { organisationRelationsByIds, organisationsByIds } from './modules/organisation/organisation-reader.js';
import { peopleByIds } from './modules/person/person-reader.js';
import { groupsByIds } from './modules/group/group-reader.js';
import { mandatesByIds } from './modules/mandate/mandate-reader.js';
import { channelsByIds } from './modules/channel/channel-reader.js';
import { agreementsByIds, elementsByIds } from './modules/agreement/agreement-reader.js';
import { contactsByPathways, pathwaysByIds } from './modules/pathway/pathway-reader.js';
import type { Props } from './modules/core/links.js';

/**
 * Request-scoped batching: a list of N rows costs one statement per kind, not N. Every loader
 * fetches by a list of ids in ONE statement (`WHERE n.id IN $ids`), so the number of round
 * trips of an operation depends on the shape of the query, never on the size of its result.
 */
export function createLoaders(db: QueryRunner, queries: QueryCatalog) {
  const byIds = <T>(fetch: (ids: string[]) => Promise<Map<string, T>>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const found = await fetch([...ids]);
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    organisation: new DataLoader<string, OrganisationRecord | null>(async (ids) => {
      const found = await organisationsByIds(db, queries, [...ids]);
      return ids.map((id) => found.get(id) ?? null);
    }),
    organisationRelations: byIds((ids) => organisationRelationsByIds(db, queries, ids)),
    person: byIds((ids) => peopleByIds(db, queries, ids)),
    group: byIds((ids) => groupsByIds(db, queries, ids)),
    mandate: byIds((ids) => mandatesByIds(db, queries, ids)),
    channel: byIds((ids) => channelsByIds(db, queries, ids)),
    agreement: byIds((ids) => agreementsByIds(db, queries, ids)),
    element: byIds((ids) => elementsByIds(db, queries, ids)),
    pathway: byIds((ids) => pathwaysByIds(db, queries, ids)),
    /** Pathway id → the CONTACT_FOR assignments naming it (empty when none). */
    pathwayContacts: new DataLoader<string, Props[]>(async (ids) => {
      const found = await contactsByPathways(db, queries, [...ids]);
      return ids.map((id) => found.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
