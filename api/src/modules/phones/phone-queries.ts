/** Statements of the stored phone numbers' start-up check: key → file under cypher/ (without `.cypher`). */
export const PHONE_QUERIES = {
  storedPhones: 'phones/stored',
  normalisePhones: 'phones/normalise',
} as const;
