import { cypherDir } from '../paths.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES, type NodeLabel, type RelationshipType } from '../domain/vocabulary.js';
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
  // --- accounts and sessions
  countUsers: 'auth/count-users',
  createUser: 'auth/create-user',
  userByEmail: 'auth/user-by-email',
  createSession: 'auth/create-session',
  viewerByToken: 'auth/viewer-by-token',
  deleteSession: 'auth/delete-session',
} as const;

/** Files that are templates over an allow-list (see their headers). */
export const TEMPLATE_FILES = {
  mergeNodes: { file: 'seed/merge-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  mergeRelationships: { file: 'seed/merge-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;

export type QueryKey = keyof typeof QUERY_FILES;

export interface QueryCatalog extends Record<QueryKey, CypherQuery> {
  mergeNodes: Record<NodeLabel, CypherQuery>;
  mergeRelationships: Record<RelationshipType, CypherQuery>;
}

/** Loads and binds every query; throws at start-up when a file is missing. */
export function loadQueryCatalog(dir: string = cypherDir): QueryCatalog {
  const files = readCypherDir(dir);
  const plain = bindQueries(files, QUERY_FILES);
  const templates = bindQueries(files, { mergeNodes: TEMPLATE_FILES.mergeNodes.file, mergeRelationships: TEMPLATE_FILES.mergeRelationships.file });
  return {
    ...plain,
    mergeNodes: instantiate(templates.mergeNodes, TEMPLATE_FILES.mergeNodes.placeholder, NODE_LABELS),
    mergeRelationships: instantiate(templates.mergeRelationships, TEMPLATE_FILES.mergeRelationships.placeholder, RELATIONSHIP_TYPE_NAMES),
  };
}

/** One statement per allow-listed value; the value is a label or type name from code. */
function instantiate<V extends string>(template: CypherQuery, placeholder: string, values: readonly V[]): Record<V, CypherQuery> {
  return Object.fromEntries(
    values.map((v) => [v, { ...template, name: `${template.name}[${v}]`, text: template.text.replaceAll(placeholder, v) }]),
  ) as Record<V, CypherQuery>;
}

/** Every concrete statement, templates expanded: what the linter and contract suite check. */
export function allStatements(catalog: QueryCatalog): CypherQuery[] {
  const { mergeNodes, mergeRelationships, ...plain } = catalog;
  return [...Object.values(plain), ...Object.values(mergeNodes), ...Object.values(mergeRelationships)] as CypherQuery[];
}
