import { ACCESS_LOG_QUERIES } from '../access-log/access-log-queries.js';

/**
 * The people list's filtered variants: key → file under cypher/ (without `.cypher`); and the
 * access log's statements, which record who was shown people's personal data (bound here until
 * api/src/db/queries.ts spreads ACCESS_LOG_QUERIES itself).
 */
export const PERSON_QUERIES = {
  ...ACCESS_LOG_QUERIES,
  personListInOrganisation: 'person/list-in-organisation',
  personListFixedContacts: 'person/list-fixed-contacts',
} as const;
