import type { SentenceNode } from './relation-sentences.js';
import { capitalise } from './wording.js';
import { CHANNEL_KIND_EN, CHANNEL_STATUS_EN, MANDATE_LEVEL_EN, STATUS_EN, englishDate, listEn, perspectivesEn } from './wording-en.js';

/**
 * One relationship told as an English sentence (?lang=en), always from its start node, the
 * counterpart of relation-sentences.ts. Names, roles and topics are Danish content and stay so.
 */
export function relationSentenceEn(
  type: string,
  props: Record<string, unknown>,
  start: SentenceNode,
  end: SentenceNode,
  provider?: SentenceNode | null,
): string {
  const a = start.name;
  const b = end.name;
  const role = typeof props.role === 'string' ? props.role : null;
  let s: string;
  switch (type) {
    case 'WORKS_IN':
      s = `${a} works in ${b}${role ? ` (${role})` : ''}`;
      break;
    case 'CONTACT_FOR': {
      const topics = Array.isArray(props.topics) ? props.topics.filter((t): t is string => typeof t === 'string') : [];
      s = `${a} is the fixed contact for ${b}${role ? ` (${role})` : ''}${topics.length ? ` on ${listEn(topics)}` : ''}`;
      break;
    }
    case 'MEMBER_OF': {
      const verb =
        props.role === 'CHAIR' ? 'chairs' : props.role === 'SECRETARY' ? 'is secretary of' : props.role === 'OBSERVER' ? 'is an observer in' : 'is a member of';
      const reps = perspectivesEn(props.represents);
      s = `${a} ${verb} ${b}${reps ? ` for ${reps}` : ''}`;
      break;
    }
    case 'PART_OF':
      s = `${a} is part of ${b}`;
      break;
    case 'IN_CLUSTER':
      s = `${a} belongs to ${b}`;
      break;
    case 'REPORTS_TO':
      s = `${a} reports to ${b}`;
      break;
    case 'ANCHORED_IN':
      s = `${a} is anchored in ${b}`;
      break;
    case 'SECRETARIAT_FOR':
      s = `${a} runs the secretariat of ${b}`;
      break;
    case 'PROVIDES':
      s =
        end.kind === 'MEDCOM_CORRESPONDENCE' && end.address
          ? `${a} receives MedCom correspondence at location number ${end.address} (${b})`
          : `${a} provides ${CHANNEL_KIND_EN[end.kind ?? ''] ?? 'the channel'}: ${b}${end.schedule ? ` (${end.schedule})` : ''}`;
      s += statusNote(end);
      break;
    case 'SERVES':
      s = serves(start, end, provider ?? null);
      break;
    case 'HOLDS':
      s = `${a} holds the mandate ${b}${end.level ? ` (a mandate to ${MANDATE_LEVEL_EN[end.level] ?? 'act'})` : ''}`;
      break;
    case 'GRANTED_BY':
      s = `The mandate ${a} is granted by ${b}`;
      break;
    case 'CONCERNS':
      s = `The mandate ${a} concerns ${b}`;
      break;
    case 'PARTY_TO':
      s = `${a} is party to ${b}`;
      break;
    case 'IMPLEMENTS':
      s = `${a} is implementing ${b}`;
      break;
    case 'HAS_ELEMENT':
      s = `${a} contains ${b}`;
      break;
    case 'HAS_STEP':
      s = `${a} has ${b}`;
      break;
    case 'STATUS': {
      const level = typeof props.level === 'string' ? STATUS_EN[props.level] : undefined;
      s = `${a} has status ${level ? `${level.colour} (${level.label.toLowerCase()})` : 'unknown'} on ${b} as of ${englishDate(props.asOf)}`;
      break;
    }
    default:
      s = `${a} is linked with ${b}`;
  }
  return `${capitalise(s)}${period(type, props)}.`;
}

function serves(channel: SentenceNode, served: SentenceNode, provider: SentenceNode | null): string {
  const to = provider ? provider.name : channel.name;
  let s: string;
  switch (channel.kind) {
    case 'MEDCOM_CORRESPONDENCE':
      s = channel.address
        ? `${served.name} sends MedCom correspondence to ${to} at location number ${channel.address}`
        : `${served.name} should be able to send MedCom correspondence to ${to}, but there is no location number yet`;
      break;
    case 'PHONE_LINE':
      s = `${served.name} can call ${channel.name}${channel.address ? ` on ${channel.address}` : ''}${channel.schedule ? ` (${channel.schedule})` : ''}`;
      break;
    case 'SECURE_EMAIL':
      s = `${served.name} can write securely to ${to} through ${channel.name}${channel.address ? ` (${channel.address})` : ''}`;
      break;
    default:
      s = `${served.name} can use ${channel.name}${provider ? ` at ${provider.name}` : ''}${channel.schedule ? ` (${channel.schedule})` : ''}`;
  }
  if (channel.rules && channel.kind !== 'MEDCOM_CORRESPONDENCE') s += `; rules: ${channel.rules}`;
  return s + statusNote(channel);
}

function statusNote(channel: SentenceNode): string {
  if (!channel.status || channel.status === 'ESTABLISHED') return '';
  return ` – the channel is ${CHANNEL_STATUS_EN[channel.status] ?? 'not yet in use'}`;
}

/** "(since 1 September 2023)", "(until 31 December 2023)". */
function period(type: string, props: Record<string, unknown>): string {
  if (type === 'STATUS') return '';
  const since = typeof props.since === 'string' ? props.since : null;
  const until = typeof props.until === 'string' ? props.until : null;
  if (since && until) return ` (${englishDate(since)} – ${englishDate(until)})`;
  if (until) return ` (until ${englishDate(until)})`;
  if (since) return ` (since ${englishDate(since)})`;
  return '';
}
