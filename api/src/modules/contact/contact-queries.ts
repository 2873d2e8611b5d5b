/** Statements of findContact(): key → file under cypher/ (without `.cypher`). */
export const CONTACT_QUERIES = {} as const;
