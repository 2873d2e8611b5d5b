/** Statements of statusMatrix(): key → file under cypher/ (without `.cypher`). */
export const STATUS_QUERIES = {} as const;
