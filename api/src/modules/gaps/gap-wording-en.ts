import { CHANNEL_KIND_EN, CHANNEL_STATUS_EN, MANDATE_LEVEL_EN, STATUS_EN, englishDate, listEn } from '../core/wording-en.js';
import { capitalise } from '../core/wording.js';
import { PERSPECTIVE_WORD_EN, SECTOR_SIDE_EN } from '../core/gap-finder/words.js';
import type { Severity } from '../core/gap-finder/rule.js';
import type { ElementFacts, ExplanationFacts, FindingSentences, GapWords } from './gap-wording.js';

/**
 * The English words of the gap report (lang: EN), the counterpart of gap-wording.ts. Names of
 * organisations, groups, elements, agreements and mandates are Danish content and stay so; the
 * vocabulary (perspectives, sectors, channel kinds and states, status levels, dates) is English.
 */

const date = englishDate;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const perspective = (p: string) => PERSPECTIVE_WORD_EN[p] ?? p.toLowerCase().replace(/_/g, ' ');
/** " (representing psychiatry)": in words, not the capitals the Danish tags use (in English they would read as the codes). */
const represented = (ps: string[]) => (ps.length ? ` (representing ${listEn(ps.map(perspective))})` : '');

/** "element 3 “…” in Samarbejdsaftale …" */
function elementPhrase(e: ElementFacts): string {
  return `${e.number === null ? '' : `element ${e.number} `}“${e.name}”${e.agreement ? ` in ${e.agreement}` : ''}`;
}

function levelPhrase(level: string): string {
  const l = STATUS_EN[level];
  return l ? `${l.colour}, “${l.label}”` : level.toLowerCase();
}

function namesOrCount(names: string[], max: number, many: string): string {
  return names.length <= max ? listEn(names) : `${names.length} ${many}`;
}

const SENTENCES_EN: FindingSentences = {
  'missing-perspective': (f) =>
    `${f.group} has nobody representing ${perspective(f.perspective)}, which the group is required to have; appoint a member who can speak for ${perspective(f.perspective)}.`,
  'member-without-mandate': (f) =>
    `${capitalise(f.person)}${f.actsFor ? ` for ${f.actsFor}` : ''}${represented(f.represents)} sits on ${f.group} without a decision mandate, while ${f.holders} ${f.holders === 1 ? 'member has' : 'members have'} one;` +
    ` ${listEn(f.grantors)} should grant a mandate or agree who decides for ${f.actsFor ?? 'the member’s organisation'}.${f.expired ? ' The mandate has expired.' : ''}`,
  'group-without-mandate': (f) =>
    `${f.group} has no valid mandate on record; ${f.reportsTo.length ? listEn(f.reportsTo) : 'whoever set up the group'} should settle what the group can decide.`,
  'municipality-without-bua-contact': (f) => `${f.municipality} has no fixed contact at ${f.bua}; ${f.bua} should name a contact person for the municipality.`,
  'bua-without-municipal-contact': (f) =>
    `${f.bua} has no named contact person in ${f.municipality}; the municipality should appoint a fixed contact for ${f.bua}.`,
  'channel-not-established': (f) => {
    const from = f.providers.length ? ` from ${listEn(f.providers)}` : '';
    const to = f.served.length ? ` to ${namesOrCount(f.served, 3, 'organisations')}` : '';
    const kind = CHANNEL_KIND_EN[f.kind] ?? 'channel';
    return `${capitalise(kind)}${from}${to}: the channel is ${CHANNEL_STATUS_EN[f.status] ?? 'not yet in use'}; agree on a date when it will be taken into use.`;
  },
  'red-status': (f) =>
    `${f.organisation} is at red for ${elementPhrase(f.element)} (latest status ${date(f.reported)}); agree on a plan for how the effort becomes part of practice.`,
  'stale-status': (f) =>
    `${f.organisation} last reported a status for ${elementPhrase(f.element)} on ${date(f.reported)} (${levelPhrase(f.level)}), more than ${f.staleAfterDays} days before ${date(f.asOf)}; ask the municipality for a new status.`,
  'unconfirmed-entry': (f) =>
    f.entry === 'CONTACT'
      ? `${capitalise(f.person)} as fixed contact for ${f.organisation} was last confirmed on ${date(f.confirmed)}, more than ${f.staleAfterDays} days before ${date(f.asOf)}; ask an editor to confirm or correct it.`
      : `The channel ${f.channel} at ${f.organisation} was last confirmed on ${date(f.confirmed)}, more than ${f.staleAfterDays} days before ${date(f.asOf)}; ask an editor to confirm its address, hours and rules.`,
  'expired-mandate': (f) =>
    `The mandate “${f.mandate}”${f.level ? ` (to ${MANDATE_LEVEL_EN[f.level] ?? f.level.toLowerCase()})` : ''} expired on ${date(f.validTo)}, but is still on record as held by ${listEn(f.holders)}; ${
      f.grantedBy ?? 'whoever granted it'
    } should renew or end it.`,
  'expired-membership': (f) =>
    `${capitalise(f.person)} sat on ${f.group}${f.actsFor ? ` for ${f.actsFor}` : ''}${represented(f.represents)} until ${date(f.until)}, but the membership is still on record; ${
      f.groupEnded ? 'the group itself has ended, so the membership can be archived' : 'find a successor or remove the membership'
    }.`,
  'group-without-chair': (f) => `${f.group} has ${count(f.members, 'member', 'members')} but no chair; appoint a chair to lead the work and follow up.`,
  'group-without-secretariat': (f) => `${f.group} has no secretariat on record; agree which organisation is to be the group’s secretariat.`,
  'group-without-reporting-line': (f) => `${f.group} reports to no other group; settle which group it reports to.`,
  'only-bridge': (f) => {
    const via = [...f.groups, ...f.organisations.map((o) => `as a contact for or employee of ${o}`)];
    return (
      `${capitalise(f.person)} is the only one linking ${f.hand} with ${listEn(f.sectors.map((s) => SECTOR_SIDE_EN[s] ?? s.toLowerCase()))}` +
      `${via.length ? ` (through ${listEn(via)})` : ''}; make sure there is a deputy or one more contact person.`
    );
  },
};

const SEVERITY_IN_SENTENCE: Record<Severity, string> = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };

function explanation(f: ExplanationFacts): string {
  const where = f.everything ? 'the whole region' : f.scopeName;
  const rulesRun = count(f.ruleCount, 'rule', 'rules');
  if (!f.total || !f.top) return `No gaps found in ${where} by ${rulesRun}.`;
  const parts = f.bySeverity.filter((s) => s.count > 0).map((s) => `${s.count} of ${SEVERITY_IN_SENTENCE[s.severity]} severity`);
  return `${count(f.total, 'gap', 'gaps')} in ${where} by ${rulesRun}: ${parts.join(', ')}. Most under “${f.top.title}” (${f.top.count}).`;
}

export const GAP_WORDS_EN: GapWords = {
  lang: 'en',
  rules: {
    'missing-perspective': {
      title: 'Perspective missing in a group',
      description:
        'An active group requires a perspective (e.g. school or KUI) that none of its current members represents. Without that perspective, one of the hands is missing at the table.',
    },
    'member-without-mandate': {
      title: 'Member without a decision mandate',
      description:
        'In a group whose steering body gives the members personal decision mandates, a voting member sits without a valid mandate and so cannot commit their organisation.',
    },
    'group-without-mandate': {
      title: 'Steering group without a mandate',
      description: 'An active steering group has no valid mandate on record, so it is unclear what it can decide.',
    },
    'municipality-without-bua-contact': {
      title: 'Municipality without a fixed contact at BUA',
      description:
        'Nobody in child and adolescent psychiatry (BUA) is a fixed contact for the municipality or its units, so the municipality’s professionals do not know whom to call.',
    },
    'bua-without-municipal-contact': {
      title: 'BUA without a contact person in the municipality',
      description:
        'Nobody in the municipality or its units is a fixed contact for child and adolescent psychiatry (BUA), so BUA has no named person to go to with important and general information.',
    },
    'channel-not-established': {
      title: 'Channel not established',
      description: 'A channel (e.g. MedCom correspondence or a phone line) is only planned or being set up, so contact has to go other ways.',
    },
    'red-status': { title: 'Red status', description: 'The latest status of an element is red: the effort is not yet part of practice.' },
    'stale-status': {
      title: 'Outdated status',
      description:
        'The latest status of an element is older than the allowed age (staleAfterDays, 365 days by default), so nobody knows whether it still holds.',
    },
    'unconfirmed-entry': {
      title: 'Unconfirmed contact information',
      description:
        'A fixed contact or a channel in use that no editor has confirmed within the allowed age (staleAfterDays, 365 days by default; never confirmed counts from when it was created), so nobody knows whether the information still holds.',
    },
    'expired-mandate': {
      title: 'Expired mandate',
      description: 'A mandate has expired (valid until a date that has passed), but is still on record as held by a group or a person.',
    },
    'expired-membership': {
      title: 'Expired membership',
      description: 'A membership of a group has expired but is still on record; end it or find a successor.',
    },
    'group-without-chair': {
      title: 'Group without a chair',
      description: 'An active group with members has no chair, so nobody is responsible for leading the work and following up.',
    },
    'group-without-secretariat': {
      title: 'Implementation group without a secretariat',
      description:
        'An implementation group has neither an organisation acting as its secretariat nor a member in the role of secretary, so nobody is responsible for invitations, minutes and collecting statuses.',
    },
    'group-without-reporting-line': {
      title: 'Group without a reporting line',
      description: 'An active group reports to no other group, so its recommendations and decisions have no set way onwards.',
    },
    'only-bridge': {
      title: 'Only bridge between two sectors',
      description:
        'One person is the only one linking an organisation (e.g. a hospital department or a municipality) with another sector — through a group, as a fixed contact or by working in both places. If the person leaves, the organisation loses its last named link there.',
    },
  },
  sentences: SENTENCES_EN,
  explanation,
  everything: 'the whole region',
  file: {
    severity: { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' },
    status: { OPEN: 'Open', ACKNOWLEDGED: 'Acknowledged', ASSIGNED: 'Assigned', CHANGED: 'Changed since follow-up (open again)' },
    columns: ['Severity', 'Rule', 'Subject', 'Finding', 'Follow-up', 'Responsible', 'Due', 'Note', 'Followed up', 'Key'],
    sheet: 'Gaps',
    heading: (scope, asOf) => `Gaps in ${scope} as of ${asOf}`,
    stem: 'gaps',
  },
};
