import { CHANNEL_KIND_DA, CHANNEL_STATUS_DA, MANDATE_LEVEL_DA, STATUS_DA, asStrings, capitalise, danishDate, listDa, perspectives } from './wording.js';

/** What a sentence needs to know about an end of a relationship. */
export interface SentenceNode {
  id: string;
  label: string;
  /** The name as the reader may see it (a person's role for anonymous visitors). */
  name: string;
  kind?: string | null;
  status?: string | null;
  address?: string | null;
  schedule?: string | null;
  rules?: string | null;
  supportsAttachments?: boolean | null;
  level?: string | null;
}

/**
 * One relationship told as a Danish sentence, always from its start node ("X arbejder i Y"),
 * whichever way a path walks it. `provider` names the organisation behind a channel when the
 * sentence about who a channel serves can say where the letters go.
 */
export function relationSentence(type: string, props: Record<string, unknown>, start: SentenceNode, end: SentenceNode, provider?: SentenceNode | null): string {
  const a = start.name;
  const b = end.name;
  const role = typeof props.role === 'string' ? props.role : null;
  let s: string;
  switch (type) {
    case 'WORKS_IN':
      s = `${a} arbejder i ${b}${role ? ` (${role})` : ''}`;
      break;
    case 'CONTACT_FOR': {
      const topics = asStrings(props.topics);
      s = `${a} er fast kontaktperson for ${b}${role ? ` (${role})` : ''}${topics.length ? ` om ${listDa(topics)}` : ''}`;
      break;
    }
    case 'MEMBER_OF': {
      const verb =
        props.role === 'CHAIR'
          ? 'er formand for'
          : props.role === 'SECRETARY'
            ? 'er sekretær for'
            : props.role === 'OBSERVER'
              ? 'er observatør i'
              : 'er medlem af';
      const reps = perspectives(props.represents);
      s = `${a} ${verb} ${b}${reps ? ` for ${reps}` : ''}`;
      break;
    }
    case 'PART_OF':
      s = `${a} er en del af ${b}`;
      break;
    case 'IN_CLUSTER':
      s = `${a} hører til ${b}`;
      break;
    case 'REPORTS_TO':
      s = `${a} rapporterer til ${b}`;
      break;
    case 'ANCHORED_IN':
      s = `${a} er forankret i ${b}`;
      break;
    case 'SECRETARIAT_FOR':
      s = `${a} varetager sekretariatet for ${b}`;
      break;
    case 'PROVIDES':
      s =
        end.kind === 'MEDCOM_CORRESPONDENCE' && end.address
          ? `${a} modtager MedCom-korrespondance på lokationsnummer ${end.address} (${b})`
          : `${a} stiller ${CHANNEL_KIND_DA[end.kind ?? ''] ?? 'kanalen'} til rådighed: ${b}${end.schedule ? ` (${end.schedule})` : ''}`;
      s += channelStatusNote(end);
      break;
    case 'SERVES':
      s = servesSentence(start, end, provider ?? null);
      break;
    case 'HOLDS':
      s = `${a} har mandatet ${b}${end.level ? ` (mandat til at ${MANDATE_LEVEL_DA[end.level] ?? end.level})` : ''}`;
      break;
    case 'GRANTED_BY':
      s = `Mandatet ${a} er givet af ${b}`;
      break;
    case 'CONCERNS':
      s = `Mandatet ${a} vedrører ${b}`;
      break;
    case 'PARTY_TO':
      s = `${a} er part i ${b}`;
      break;
    case 'IMPLEMENTS':
      s = `${a} arbejder med at implementere ${b}`;
      break;
    case 'HAS_ELEMENT':
      s = `${a} indeholder ${b}`;
      break;
    case 'HAS_STEP':
      s = `${a} har ${b}`;
      break;
    case 'STATUS': {
      const level = typeof props.level === 'string' ? STATUS_DA[props.level] : undefined;
      s = `${a} har status ${level ? `${level.colour} (${level.label.toLocaleLowerCase('da')})` : String(props.level)} på ${b} pr. ${danishDate(props.asOf)}`;
      break;
    }
    default:
      s = `${a} er forbundet med ${b}`;
  }
  return `${capitalise(s)}${periodNote(type, props)}.`;
}

function servesSentence(channel: SentenceNode, served: SentenceNode, provider: SentenceNode | null): string {
  const to = provider ? provider.name : channel.name;
  let s: string;
  switch (channel.kind) {
    case 'MEDCOM_CORRESPONDENCE':
      s = channel.address
        ? `${served.name} sender MedCom-korrespondance til ${to} på lokationsnummer ${channel.address}`
        : `${served.name} skal kunne sende MedCom-korrespondance til ${to}, men der er endnu intet lokationsnummer`;
      break;
    case 'PHONE_LINE':
      s = `${served.name} kan ringe til ${channel.name}${channel.address ? ` på ${channel.address}` : ''}${channel.schedule ? ` (${channel.schedule})` : ''}`;
      break;
    case 'SECURE_EMAIL':
      s = `${served.name} kan skrive sikkert til ${to} via ${channel.name}${channel.address ? ` (${channel.address})` : ''}`;
      break;
    default:
      s = `${served.name} kan bruge ${channel.name}${provider ? ` hos ${provider.name}` : ''}${channel.schedule ? ` (${channel.schedule})` : ''}`;
  }
  if (channel.rules && channel.kind !== 'MEDCOM_CORRESPONDENCE') s += `; regler: ${channel.rules}`;
  return s + channelStatusNote(channel);
}

function channelStatusNote(channel: SentenceNode): string {
  if (!channel.status || channel.status === 'ESTABLISHED') return '';
  return ` – kanalen er ${CHANNEL_STATUS_DA[channel.status] ?? channel.status}`;
}

/** "(siden 1. september 2023)", "(indtil 31. december 2023)". */
function periodNote(type: string, props: Record<string, unknown>): string {
  if (type === 'STATUS') return '';
  const since = typeof props.since === 'string' ? props.since : null;
  const until = typeof props.until === 'string' ? props.until : null;
  if (since && until) return ` (${danishDate(since)} – ${danishDate(until)})`;
  if (until) return ` (indtil ${danishDate(until)})`;
  if (since) return ` (siden ${danishDate(since)})`;
  return '';
}
