import { GAP_FOLLOW_UP_QUERIES } from './follow-up-queries.js';

/** Statements of gaps() and representationMatrix(): key → file under cypher/ (without `.cypher`). */
export const GAPS_QUERIES = {
  gapsScope: 'gaps/scope',
  gapsRepresentation: 'gaps/representation',
  gapsMissingPerspective: 'gaps/missing-perspective',
  gapsMemberWithoutMandate: 'gaps/member-without-mandate',
  gapsGroupWithoutMandate: 'gaps/group-without-mandate',
  gapsMunicipalityWithoutBuaContact: 'gaps/municipality-without-bua-contact',
  gapsBuaWithoutMunicipalContact: 'gaps/bua-without-municipal-contact',
  gapsChannelNotEstablished: 'gaps/channel-not-established',
  gapsRedStatus: 'gaps/red-status',
  gapsStaleStatus: 'gaps/stale-status',
  gapsExpiredMandate: 'gaps/expired-mandate',
  gapsExpiredMembership: 'gaps/expired-membership',
  gapsGroupWithoutChair: 'gaps/group-without-chair',
  gapsGroupWithoutSecretariat: 'gaps/group-without-secretariat',
  gapsGroupWithoutReportingLine: 'gaps/group-without-reporting-line',
  gapsBridgePeople: 'gaps/bridge-people',
  gapsBridgeOrganisations: 'gaps/bridge-organisations',
  gapsUnconfirmedAssignments: 'gaps/unconfirmed-assignments',
  gapsUnconfirmedChannels: 'gaps/unconfirmed-channels',
  // Following findings up (acknowledgements, assignments): their own list, gathered here.
  ...GAP_FOLLOW_UP_QUERIES,
} as const;
