/** Statements of interfaces(): key → file under cypher/ (without `.cypher`). */
export const INTERFACES_QUERIES = {
  interfacesScope: 'interfaces/scope',
  interfacesChannels: 'interfaces/channels',
  interfacesPeople: 'interfaces/people',
  interfacesGroups: 'interfaces/groups',
} as const;
