/** Statements of fresh data (confirmations of fixed-contact assignments and channels): key → file under cypher/. */
export const FRESHNESS_QUERIES = {
  confirmContact: 'freshness/confirm-contact',
  confirmChannel: 'freshness/confirm-channel',
  confirmations: 'freshness/confirmations',
} as const;
