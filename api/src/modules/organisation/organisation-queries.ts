/** Statements of organisations(), organisation() and their relations: key → file under cypher/ (without `.cypher`). */
export const ORGANISATION_QUERIES = {
  organisationList: 'organisation/list',
  organisationListFiltered: 'organisation/list-filtered',
  organisationsByIds: 'organisation/by-ids',
  organisationRelationsByIds: 'organisation/relations-by-ids',
} as const;
