/** Statements of gaps() and representationMatrix(): key → file under cypher/ (without `.cypher`). */
export const GAPS_QUERIES = {
  gapsScope: 'gaps/scope',
  gapsRepresentation: 'gaps/representation',
  gapsMemberWithoutMandate: 'gaps/member-without-mandate',
  gapsGroupFacts: 'gaps/group-facts',
  gapsBuaContacts: 'gaps/bua-contacts',
  gapsChannelNotEstablished: 'gaps/channel-not-established',
  gapsStatusInForce: 'gaps/status-in-force',
  gapsExpiredMandate: 'gaps/expired-mandate',
  gapsExpiredMembership: 'gaps/expired-membership',
  gapsBridgeTiesInScope: 'gaps/bridge-ties-in-scope',
  gapsBridgeTies: 'gaps/bridge-ties',
  gapsBridgeOrganisationLists: 'gaps/bridge-organisation-lists',
  gapsOrganisationLists: 'gaps/organisation-lists',
  gapsUnconfirmedEntries: 'gaps/unconfirmed-entries',
} as const;
