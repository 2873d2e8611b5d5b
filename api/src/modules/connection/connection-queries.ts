/** Statements of connection(): key → file under cypher/ (without `.cypher`). */
export const CONNECTION_QUERIES = {
  connectionEndpoints: 'connection/endpoints',
  connectionStart: 'connection/start',
  connectionNeighbours: 'connection/neighbours',
  connectionDetails: 'connection/details',
} as const;
