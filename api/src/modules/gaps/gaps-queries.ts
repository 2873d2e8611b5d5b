/** Statements of gaps() and representationMatrix(): key → file under cypher/ (without `.cypher`). */
export const GAPS_QUERIES = {
  gapsScope: 'gaps/scope',
  gapsRepresentation: 'gaps/representation',
  gapsMemberWithoutMandate: 'gaps/member-without-mandate',
  gapsGroupFacts: 'gaps/group-facts',
  gapsBuaContacts: 'gaps/bua-contacts',
  gapsBuaContactsInScope: 'gaps/bua-contacts-in-scope',
  gapsChannelNotEstablished: 'gaps/channel-not-established',
  gapsStatusInForce: 'gaps/status-in-force',
  gapsExpiredMandate: 'gaps/expired-mandate',
  gapsExpiredMembership: 'gaps/expired-membership',
  gapsBridgeTiesInScope: 'gaps/bridge-ties-in-scope',
  gapsBridgeTies: 'gaps/bridge-ties',
  gapsOrganisationLists: 'gaps/organisation-lists',
  gapsUnconfirmedEntries: 'gaps/unconfirmed-entries',
  // The marks gaps/bridge-ties reads, kept by every WORKS_IN write (core/gap-finder/several-workplaces.ts).
  gapsKeepSeveralWorkplaces: 'gaps/keep-several-workplaces',
  gapsSeveralWorkplacesCheck: 'gaps/several-workplaces-check',
} as const;
