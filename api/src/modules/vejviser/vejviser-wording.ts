import { CHANNEL_STATUS_DA, STATUS_DA, danishDate, listDa } from '../core/wording.js';
import { CHANNEL_STATUS_EN, STATUS_EN, englishDate, listEn } from '../core/wording-en.js';
import type { Language } from '../core/language.js';

/**
 * The guide's own sentences (intro, MedCom, general practice) in the language asked for. Names
 * of places and channels are content and stay as recorded (Danish).
 */

export function introSentence(lang: Language, name: string, cluster: string | null, day: string): string {
  if (lang === 'EN') {
    return (
      `Guide for ${name}${cluster ? ` (${cluster})` : ''} as of ${englishDate(day)}: whom to contact about children and young people in mental distress, ` +
      "at each step of the care pathways, and how — for families, the municipality's professionals and general practitioners."
    );
  }
  return (
    `Vejviser for ${name}${cluster ? ` (${cluster})` : ''} pr. ${danishDate(day)}: hvem kontakter man om børn og unge i psykisk mistrivsel, ` +
    'på hvert trin i forløbsprogrammerne, og hvordan — for familier, kommunens fagpersoner og praktiserende læger.'
  );
}

export interface MedcomFacts {
  municipality: string;
  channel: { status: string; address?: string | null; supportsAttachments?: boolean | null } | null;
  status: { elementName: string; level: string; asOf: string } | null;
}

export function medcomSentence(lang: Language, f: MedcomFacts): string {
  const { municipality: name, channel: ch } = f;
  const parts: string[] = [];
  if (lang === 'EN') {
    if (!ch) parts.push(`${name} has no MedCom correspondence with general practice on record.`);
    else if (ch.status === 'ESTABLISHED') {
      parts.push(
        `General practitioners can write to ${name} with a MedCom correspondence letter${ch.address ? ` at location number ${ch.address}` : ''}${ch.supportsAttachments === false ? ' (without attachments)' : ''}.`,
      );
    } else {
      parts.push(
        `MedCom correspondence between general practice and ${name} is ${CHANNEL_STATUS_EN[ch.status] ?? 'not established'}${ch.address ? ` (location number ${ch.address})` : ''}; until then the usual ways apply.`,
      );
    }
    if (f.status) parts.push(`Status of "${f.status.elementName}": ${STATUS_EN[f.status.level]?.colour ?? ''} as of ${englishDate(f.status.asOf)}.`);
    return parts.join(' ');
  }
  if (!ch) parts.push(`${name} har ingen MedCom-korrespondance med almen praksis registreret.`);
  else if (ch.status === 'ESTABLISHED') {
    parts.push(
      `Praktiserende læger kan skrive til ${name} med MedCom-korrespondancebrev${ch.address ? ` på lokationsnummer ${ch.address}` : ''}${ch.supportsAttachments === false ? ' (uden vedhæftede filer)' : ''}.`,
    );
  } else {
    parts.push(
      `MedCom-korrespondancen mellem almen praksis og ${name} er ${CHANNEL_STATUS_DA[ch.status] ?? 'ikke etableret'}${ch.address ? ` (lokationsnummer ${ch.address})` : ''}; indtil da bruges de sædvanlige veje.`,
    );
  }
  if (f.status) parts.push(`Status for »${f.status.elementName}«: ${STATUS_DA[f.status.level]?.colour ?? ''} pr. ${danishDate(f.status.asOf)}.`);
  return parts.join(' ');
}

/**
 * General practice's part. The contacts' own sentences come from findContact()'s wording, which
 * is Danish; in English the guide names how many and the channels, and leaves the cards to tell.
 */
export function gpSentence(lang: Language, municipality: string, contactSentences: string[], channelNames: string[], hasPractice: boolean): string {
  if (lang === 'EN') {
    if (!hasPractice) return `No GP practice is recorded with a MedCom connection to ${municipality}.`;
    const n = contactSentences.length;
    const first = n
      ? `General practitioners in ${municipality} have ${n === 1 ? 'one fixed contact' : `${n} fixed contacts`}.`
      : `No fixed contact is named for general practitioners in ${municipality}.`;
    return channelNames.length ? `${first} Channels: ${listEn(channelNames)}.` : first;
  }
  if (!hasPractice) return `Der er ingen praktiserende læger registreret med MedCom-forbindelse til ${municipality}.`;
  const n = contactSentences.length;
  const first = n
    ? `Praktiserende læger i ${municipality} har ${n === 1 ? 'én fast kontaktperson' : `${n} faste kontaktpersoner`}: ${contactSentences.map((s) => s.replace(/\.$/, '')).join('; ')}.`
    : `Ingen fast kontaktperson er navngivet for praktiserende læger i ${municipality}.`;
  return channelNames.length ? `${first} Kanaler: ${listDa(channelNames)}.` : first;
}
