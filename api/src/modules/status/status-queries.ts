/** Statements of statusMatrix() and statusChanges(): key → file under cypher/ (without `.cypher`). */
export const STATUS_QUERIES = {
  statusMatrix: 'status/matrix',
} as const;
