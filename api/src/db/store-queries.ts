/** The store's own statements (its schema, its size, which ids exist): key → file under cypher/ (without `.cypher`). */
export const STORE_QUERIES = {
  schemaEmbedded: 'schema/embedded',
  schemaNeo4j: 'schema/neo4j',
  counts: 'admin/counts',
  existingIds: 'admin/existing-ids',
} as const;
