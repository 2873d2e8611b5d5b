/** Statements of agreements(), agreement() and their elements: key → file under cypher/ (without `.cypher`). */
export const AGREEMENT_QUERIES = {
  agreementList: 'agreement/list',
  agreementsByIds: 'agreement/by-ids',
  elementsByIds: 'agreement/elements-by-ids',
} as const;
