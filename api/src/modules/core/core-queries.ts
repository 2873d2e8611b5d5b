/** Statements of what the features share: the search keys every write keeps, an editor's scope: key → file under cypher/ (without `.cypher`). */
export const CORE_QUERIES = {
  searchWriteKeys: 'search/write-keys',
  searchKeySources: 'search/key-sources',
  searchStaleKeys: 'search/stale-keys',
  searchDropOrphanKeys: 'search/drop-orphan-keys',
  scopeMembers: 'edit/scope-members',
} as const;
