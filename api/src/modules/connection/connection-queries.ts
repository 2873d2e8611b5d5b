/** Statements of connection(): key → file under cypher/ (without `.cypher`). */
export const CONNECTION_QUERIES = {
  connectionEndpoints: 'connection/endpoints',
  connectionNeighbours: 'connection/neighbours',
} as const;
