/** Statements of search() and findNodes() (the search keys they read are kept by core/search-keys.ts): key → file under cypher/ (without `.cypher`). */
export const SEARCH_QUERIES = {
  search: 'search/search',
  searchFindCandidates: 'search/find-candidates',
} as const;
