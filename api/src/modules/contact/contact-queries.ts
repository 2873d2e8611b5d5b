import { FRESHNESS_QUERIES } from '../freshness/freshness-queries.js';

/**
 * Statements of findContact() (and vejviser(), which reuses them): key → file under cypher/
 * (without `.cypher`); with them the confirmations its cards show (modules/freshness).
 */
export const CONTACT_QUERIES = {
  ...FRESHNESS_QUERIES,
  contactCandidates: 'contact/candidates',
} as const;
