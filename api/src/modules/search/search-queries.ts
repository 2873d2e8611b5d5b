/** Statements of search() and findNodes(), and those that keep the derived search keys: key → file under cypher/ (without `.cypher`). */
export const SEARCH_QUERIES = {
  search: 'search/search',
  searchWriteKeys: 'search/write-keys',
  searchKeySources: 'search/key-sources',
  searchStaleKeys: 'search/stale-keys',
  searchDropOrphanKeys: 'search/drop-orphan-keys',
  searchFindCandidates: 'search/find-candidates',
} as const;
