import { cypherDir } from '../paths.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';
import { CONNECTION_QUERIES } from '../modules/connection/connection-queries.js';
import { INTERFACES_QUERIES } from '../modules/interfaces/interfaces-queries.js';
import { CONTACT_QUERIES } from '../modules/contact/contact-queries.js';
import { STATUS_QUERIES } from '../modules/status/status-queries.js';
import { GAPS_QUERIES } from '../modules/gaps/gaps-queries.js';
import { VEJVISER_QUERIES } from '../modules/vejviser/vejviser-queries.js';
import { SEARCH_QUERIES } from '../modules/search/search-queries.js';
import { PERSON_QUERIES } from '../modules/person/person-queries.js';
import { ACCESS_LOG_QUERIES } from '../modules/access-log/access-log-queries.js';
import { FRESHNESS_QUERIES } from '../modules/freshness/freshness-queries.js';
import { GAP_FOLLOW_UP_QUERIES } from '../modules/gaps/follow-up-queries.js';
import { WHAT_IF_QUERIES } from '../modules/what-if/what-if-queries.js';
import { bindQueries, readCypherDir, type CypherQuery } from './query-catalog.js';

/** Every statement the code runs, by key → file under cypher/ (without `.cypher`). */
export const QUERY_FILES = {
  schemaEmbedded: 'schema/embedded',
  schemaNeo4j: 'schema/neo4j',
  counts: 'admin/counts',
  existingIds: 'admin/existing-ids',
  organisationList: 'organisation/list',
  organisationsByIds: 'organisation/by-ids',
  graphNodes: 'graph/nodes',
  graphEdges: 'graph/edges',
  // --- entities, search and scoped graph views
  organisationListFiltered: 'organisation/list-filtered',
  organisationRelationsByIds: 'organisation/relations-by-ids',
  personList: 'person/list',
  peopleByIds: 'person/by-ids',
  groupList: 'group/list',
  groupsByIds: 'group/by-ids',
  mandateList: 'mandate/list',
  mandatesByIds: 'mandate/by-ids',
  channelList: 'channel/list',
  channelsByIds: 'channel/by-ids',
  agreementList: 'agreement/list',
  agreementsByIds: 'agreement/by-ids',
  elementsByIds: 'agreement/elements-by-ids',
  pathwayList: 'pathway/list',
  pathwaysByIds: 'pathway/by-ids',
  contactsByPathways: 'pathway/contacts',
  search: 'search/search',
  graphScope: 'graph/scope',
  graphNeighbours: 'graph/neighbours',
  graphNodesByIds: 'graph/nodes-by-ids',
  // --- accounts and sessions
  countUsers: 'auth/count-users',
  createUser: 'auth/create-user',
  userByEmail: 'auth/user-by-email',
  createSession: 'auth/create-session',
  viewerByToken: 'auth/viewer-by-token',
  deleteSession: 'auth/delete-session',
  listUsers: 'auth/list-users',
  userById: 'auth/user-by-id',
  updateUser: 'auth/update-user',
  endUserSessions: 'auth/end-user-sessions',
  deleteUser: 'auth/delete-user',
  // --- editing and the audit trail
  nodeState: 'edit/node-state',
  updateNode: 'edit/update-node',
  replaceNode: 'edit/replace-node',
  deleteNode: 'edit/delete-node',
  relationshipState: 'edit/relationship-state',
  updateRelationship: 'edit/update-relationship',
  deleteRelationship: 'edit/delete-relationship',
  scopeMembers: 'edit/scope-members',
  recordChange: 'audit/record-change',
  history: 'audit/history',
  changeById: 'audit/change-by-id',
  // --- export and import
  exportNodes: 'transfer/export-nodes',
  exportRelationships: 'transfer/export-relationships',
  exportChanges: 'transfer/export-changes',
  restoreChanges: 'transfer/restore-changes',
  nodesByLabel: 'transfer/nodes-by-label',
  // --- the three questions: each module keeps its own list next to its code
  ...CONNECTION_QUERIES,
  ...INTERFACES_QUERIES,
  ...CONTACT_QUERIES,
  ...STATUS_QUERIES,
  ...GAPS_QUERIES,
  ...VEJVISER_QUERIES,
  ...SEARCH_QUERIES,
  ...PERSON_QUERIES,
  ...ACCESS_LOG_QUERIES,
  ...FRESHNESS_QUERIES,
  ...GAP_FOLLOW_UP_QUERIES,
  ...WHAT_IF_QUERIES,
} as const;

/** Files that are templates over an allow-list (see their headers): one statement per value. */
export const TEMPLATE_FILES = {
  mergeNodes: { file: 'seed/merge-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  mergeRelationships: { file: 'seed/merge-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  createNode: { file: 'edit/create-node', placeholder: '__LABEL__', values: NODE_LABELS },
  createRelationship: { file: 'edit/create-relationship', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  restoreNodes: { file: 'transfer/restore-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  restoreRelationships: { file: 'transfer/restore-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;

export type QueryKey = keyof typeof QUERY_FILES;
type TemplateKey = keyof typeof TEMPLATE_FILES;
type TemplateValue<K extends TemplateKey> = (typeof TEMPLATE_FILES)[K]['values'][number];

export type QueryCatalog = Record<QueryKey, CypherQuery> & { [K in TemplateKey]: Record<TemplateValue<K>, CypherQuery> };

/** Loads and binds every query; throws at start-up when a file is missing. */
export function loadQueryCatalog(dir: string = cypherDir): QueryCatalog {
  const files = readCypherDir(dir);
  const plain = bindQueries(files, QUERY_FILES);
  const templateFiles = bindQueries(
    files,
    Object.fromEntries(Object.entries(TEMPLATE_FILES).map(([k, t]) => [k, t.file])) as Record<TemplateKey, string>,
  );
  const templates = Object.fromEntries(
    (Object.keys(TEMPLATE_FILES) as TemplateKey[]).map((k) => [k, instantiate(templateFiles[k], TEMPLATE_FILES[k].placeholder, TEMPLATE_FILES[k].values)]),
  );
  return { ...plain, ...templates } as QueryCatalog;
}

/** One statement per allow-listed value; the value is a label or type name from code. */
function instantiate<V extends string>(template: CypherQuery, placeholder: string, values: readonly V[]): Record<V, CypherQuery> {
  return Object.fromEntries(
    values.map((v) => [v, { ...template, name: `${template.name}[${v}]`, text: template.text.replaceAll(placeholder, v) }]),
  ) as Record<V, CypherQuery>;
}
