import { danishCollator } from '../../domain/danish.js';

/**
 * Danish words and sentence helpers shared by the questions (connection, interfaces, contacts,
 * gaps, status, vejviser). Everything a non-technical reader sees is built from these, so the
 * wording stays consistent: the same relationship always reads the same way. Names of people
 * are not made here: see node-ref.ts (the one place they are hidden from visitors).
 */

/** The perspectives as tags in sentences ("medlem af … for PSYKIATRI"). */
export const PERSPECTIVE_DA: Record<string, string> = {
  PSYCHIATRY: 'PSYKIATRI',
  SOMATICS: 'SOMATIK',
  GENERAL_PRACTICE: 'ALMEN PRAKSIS',
  HEALTH_VISITING: 'SUNDHEDSPLEJE',
  PPR: 'PPR',
  FAMILY_SOCIAL: 'FAMILIEOMRÅDET',
  SCHOOL: 'SKOLE',
  YOUTH_GUIDANCE: 'KUI (KOMMUNAL UNGEINDSATS)',
  DAYCARE: 'DAGTILBUD',
  MUNICIPAL_TREATMENT: 'DET KOMMUNALE BEHANDLINGSTILBUD',
  MANAGEMENT: 'LEDELSE',
};

export const SECTOR_DA: Record<string, string> = {
  REGION: 'regionen',
  GENERAL_PRACTICE: 'almen praksis',
  MUNICIPALITY: 'kommunen',
  NATIONAL: 'nationalt niveau',
};

/** "i regionen", "i almen praksis", "i kommunerne", "på nationalt niveau". */
export const SECTOR_IN_DA: Record<string, string> = {
  REGION: 'i regionen',
  GENERAL_PRACTICE: 'i almen praksis',
  MUNICIPALITY: 'i kommunerne',
  NATIONAL: 'på nationalt niveau',
};

export const STATUS_DA: Record<string, { colour: string; label: string }> = {
  GREEN: { colour: 'grøn', label: 'Eksisterende praksis' },
  YELLOW: { colour: 'gul', label: 'Under udvikling' },
  RED: { colour: 'rød', label: 'Endnu ikke en del af praksis' },
  BLUE: { colour: 'blå', label: 'Ansvar ligger ikke hos kommunen' },
};

export const CHANNEL_KIND_DA: Record<string, string> = {
  MEDCOM_CORRESPONDENCE: 'MedCom-korrespondance',
  PHONE_LINE: 'telefonlinje',
  SECURE_EMAIL: 'sikker e-mail',
  VIRTUAL_MEETING: 'virtuelle møder',
  MEETING: 'møder',
  WEBSITE: 'hjemmeside',
  ADVISORY_SERVICE: 'rådgivning',
  REFERRAL: 'henvisning',
};

export const CHANNEL_STATUS_DA: Record<string, string> = {
  ESTABLISHED: 'etableret',
  IN_PROGRESS: 'under etablering',
  PLANNED: 'kun planlagt',
};

export const MANDATE_LEVEL_DA: Record<string, string> = {
  DECIDE: 'beslutte',
  RECOMMEND: 'indstille',
  ADVISE: 'rådgive',
  INFORM: 'orienteres',
};

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "2023-02-24" → "24. februar 2023"; anything else is returned as it is. */
export function danishDate(iso: unknown): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return String(iso ?? '');
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "a", "a og b", "a, b og c". */
export function listDa(items: readonly string[], conjunction = 'og'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function perspectives(values: unknown): string {
  return listDa(asStrings(values).map((p) => PERSPECTIVE_DA[p] ?? p));
}

export function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function asNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/** Capital first letter, for a sentence that starts with a lower-case phrase. */
export function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}

export const byName = <T extends { name: string }>(a: T, b: T) => danishCollator.compare(a.name, b.name);

/** A channel told for a reader: kind, address, times, rules and whether it is in use yet. */
export function channelDetails(c: {
  kind?: unknown;
  address?: unknown;
  schedule?: unknown;
  rules?: unknown;
  status?: unknown;
  supportsAttachments?: unknown;
}): string {
  const parts: string[] = [];
  if (c.kind === 'MEDCOM_CORRESPONDENCE' && typeof c.address === 'string') parts.push(`lokationsnummer ${c.address}`);
  else if (c.kind === 'PHONE_LINE' && typeof c.address === 'string') parts.push(`telefon ${c.address}`);
  else if (typeof c.address === 'string') parts.push(c.address);
  if (typeof c.schedule === 'string') parts.push(c.schedule);
  if (typeof c.rules === 'string') parts.push(`regler: ${c.rules}`);
  if (c.kind === 'MEDCOM_CORRESPONDENCE' && c.supportsAttachments === false) parts.push('uden mulighed for vedhæftede filer');
  if (typeof c.status === 'string' && c.status !== 'ESTABLISHED') parts.push(`kanalen er ${CHANNEL_STATUS_DA[c.status] ?? c.status}`);
  return parts.join('; ');
}
