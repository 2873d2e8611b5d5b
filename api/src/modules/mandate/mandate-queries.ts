/** Statements of mandates() and mandate(): key → file under cypher/ (without `.cypher`). */
export const MANDATE_QUERIES = {
  mandateList: 'mandate/list',
  mandatesByIds: 'mandate/by-ids',
} as const;
