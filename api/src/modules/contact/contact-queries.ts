/**
 * Statements of findContact() (and vejviser(), which reuses them): key → file under cypher/
 * (without `.cypher`).
 */
export const CONTACT_QUERIES = {
  contactCandidates: 'contact/candidates',
} as const;
