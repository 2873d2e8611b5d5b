import { SEVERITIES, type GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { buaWithoutMunicipalContact } from './bua-without-municipal-contact.js';
import { channelNotEstablished } from './channel-not-established.js';
import { expiredMandate } from './expired-mandate.js';
import { expiredMembership } from './expired-membership.js';
import { groupWithoutChair } from './group-without-chair.js';
import { groupWithoutMandate } from './group-without-mandate.js';
import { groupWithoutReportingLine } from './group-without-reporting-line.js';
import { groupWithoutSecretariat } from './group-without-secretariat.js';
import { memberWithoutMandate } from './member-without-mandate.js';
import { missingPerspective } from './missing-perspective.js';
import { municipalityWithoutBuaContact } from './municipality-without-bua-contact.js';
import { onlyBridge } from './only-bridge.js';
import { redStatus } from './red-status.js';
import { staleStatus } from './stale-status.js';
import { unconfirmedEntry } from './unconfirmed-entry.js';

/** Every rule, in severity then id order (the order reports list them in). */
export const GAP_RULES: readonly GapRuleDefinition[] = [
  missingPerspective,
  memberWithoutMandate,
  groupWithoutMandate,
  municipalityWithoutBuaContact,
  buaWithoutMunicipalContact,
  channelNotEstablished,
  redStatus,
  staleStatus,
  unconfirmedEntry,
  expiredMandate,
  expiredMembership,
  groupWithoutChair,
  groupWithoutSecretariat,
  groupWithoutReportingLine,
  onlyBridge,
]
  .slice()
  .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id.localeCompare(b.id));
