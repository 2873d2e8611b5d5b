/** Statements of vejviser() besides the findContact() read it reuses: key → file under cypher/ (without `.cypher`). */
export const VEJVISER_QUERIES = {
  vejviserMunicipality: 'vejviser/municipality',
} as const;
