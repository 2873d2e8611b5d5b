/** Statements of pathways(), pathway() and their fixed contacts: key → file under cypher/ (without `.cypher`). */
export const PATHWAY_QUERIES = {
  pathwayList: 'pathway/list',
  pathwaysByIds: 'pathway/by-ids',
  contactsByPathways: 'pathway/contacts',
} as const;
