/** Statements of whatIf(): key → file under cypher/. */
export const WHAT_IF_QUERIES = {
  whatIfSubject: 'what-if/subject',
  whatIfWorkplaces: 'what-if/workplaces',
  whatIfFixedContacts: 'what-if/fixed-contacts',
  whatIfServedChannels: 'what-if/served-channels',
  whatIfGroups: 'what-if/groups',
  whatIfNeighbourOrganisations: 'what-if/neighbour-organisations',
} as const;
