/** Statements of gaps(): key → file under cypher/ (without `.cypher`). */
export const GAPS_QUERIES = {} as const;
