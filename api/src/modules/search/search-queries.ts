/** Statements of search() and findNodes() (the search keys they read are kept by core/search-keys.ts): key → file under cypher/ (without `.cypher`). */
export const SEARCH_QUERIES = {
  search: 'search/search',
  searchPublic: 'search/search-public',
  searchPersonal: 'search/search-personal',
  // Kept by every write of a person's search key (core/search-keys.ts) and mended at start.
  searchMergeRoles: 'search/merge-roles',
  searchRecountRoles: 'search/recount-roles',
  searchFindCandidates: 'search/find-candidates',
} as const;
