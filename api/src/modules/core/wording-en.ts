/**
 * English words for the generated sentences (?lang=en), beside the Danish ones in wording.ts.
 * Names, roles, topics and notes are content in Danish and stay so; only the words the API adds
 * are translated.
 */

export const PERSPECTIVE_EN: Record<string, string> = {
  PSYCHIATRY: 'PSYCHIATRY',
  SOMATICS: 'SOMATIC CARE',
  GENERAL_PRACTICE: 'GENERAL PRACTICE',
  HEALTH_VISITING: 'HEALTH VISITING',
  PPR: 'PPR (EDUCATIONAL PSYCHOLOGY)',
  FAMILY_SOCIAL: 'FAMILY SERVICES',
  SCHOOL: 'SCHOOL',
  YOUTH_GUIDANCE: 'KUI (MUNICIPAL YOUTH EFFORT)',
  DAYCARE: 'DAYCARE',
  MUNICIPAL_TREATMENT: 'THE MUNICIPAL TREATMENT SERVICE',
  MANAGEMENT: 'MANAGEMENT',
};

export const STATUS_EN: Record<string, { colour: string; label: string }> = {
  GREEN: { colour: 'green', label: 'Existing practice' },
  YELLOW: { colour: 'yellow', label: 'Being developed' },
  RED: { colour: 'red', label: 'Not yet part of practice' },
  BLUE: { colour: 'blue', label: 'Not the municipality’s responsibility' },
};

export const CHANNEL_KIND_EN: Record<string, string> = {
  MEDCOM_CORRESPONDENCE: 'MedCom correspondence',
  PHONE_LINE: 'phone line',
  SECURE_EMAIL: 'secure e-mail',
  VIRTUAL_MEETING: 'virtual meetings',
  MEETING: 'meetings',
  WEBSITE: 'website',
  ADVISORY_SERVICE: 'advisory service',
  REFERRAL: 'referral',
};

export const CHANNEL_STATUS_EN: Record<string, string> = {
  ESTABLISHED: 'established',
  IN_PROGRESS: 'being set up',
  PLANNED: 'only planned',
};

export const MANDATE_LEVEL_EN: Record<string, string> = {
  DECIDE: 'decide',
  RECOMMEND: 'recommend',
  ADVISE: 'advise',
  INFORM: 'be informed',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-02-24" → "24 February 2023"; anything else is returned as it is. */
export function englishDate(iso: unknown): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return String(iso ?? '');
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** "a", "a and b", "a, b and c". */
export function listEn(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function perspectivesEn(values: unknown): string {
  return listEn(
    (Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : []).map((p) => PERSPECTIVE_EN[p] ?? p.toLowerCase().replace(/_/g, ' ')),
  );
}

/** A channel told for a reader in English: kind, address, times, rules and whether it is in use yet. */
export function channelDetailsEn(c: {
  kind?: unknown;
  address?: unknown;
  schedule?: unknown;
  rules?: unknown;
  status?: unknown;
  supportsAttachments?: unknown;
}): string {
  const parts: string[] = [];
  if (c.kind === 'MEDCOM_CORRESPONDENCE' && typeof c.address === 'string') parts.push(`location number ${c.address}`);
  else if (c.kind === 'PHONE_LINE' && typeof c.address === 'string') parts.push(`phone ${c.address}`);
  else if (typeof c.address === 'string') parts.push(c.address);
  if (typeof c.schedule === 'string') parts.push(c.schedule);
  if (typeof c.rules === 'string') parts.push(`rules: ${c.rules}`);
  if (c.kind === 'MEDCOM_CORRESPONDENCE' && c.supportsAttachments === false) parts.push('no attachments');
  if (typeof c.status === 'string' && c.status !== 'ESTABLISHED') parts.push(`the channel is ${CHANNEL_STATUS_EN[c.status] ?? 'not yet in use'}`);
  return parts.join('; ');
}
