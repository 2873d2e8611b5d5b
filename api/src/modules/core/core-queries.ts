/** Statements of what the features share: the audit trail and the search keys every write keeps, an editor's scope: key → file under cypher/ (without `.cypher`). */
export const CORE_QUERIES = {
  recordChange: 'audit/record-change',
  history: 'audit/history',
  changeById: 'audit/change-by-id',
  searchWriteKeys: 'search/write-keys',
  searchKeySources: 'search/key-sources',
  searchStaleKeys: 'search/stale-keys',
  searchDropOrphanKeys: 'search/drop-orphan-keys',
  searchKeyIndexCheck: 'search/key-index-check',
  scopeMembers: 'edit/scope-members',
  nodeLinked: 'edit/node-linked',
} as const;
