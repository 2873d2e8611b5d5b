import type { RequestContext } from '../../context.js';
import { danishCollator } from '../../domain/danish.js';
import { canSeePersonalData } from '../core/privacy.js';

/**
 * Danish words and sentences shared by the three questions (connection, interfaces, contacts,
 * gaps, status). Everything a non-technical reader sees is built here, so the wording stays
 * consistent: the same relationship always reads the same way.
 */

/** A node as the answers show it: enough to name it and link to it. */
export interface NodeRef {
  id: string;
  label: string;
  name: string;
  kind?: string | null;
  sector?: string | null;
}

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

export { todayInDenmark } from '../core/dates.js';

/** Named people are personal data: anonymous visitors see roles, not names (docs/DESIGN.md). */
export function canSeePeople(ctx: Pick<RequestContext, 'viewer' | 'settings'>): boolean {
  return canSeePersonalData(ctx);
}

/** What to call a person: the name for a signed-in user, the title (a role) otherwise. */
export function personName(person: { name?: unknown; title?: unknown }, showNames: boolean): string {
  if (showNames && typeof person.name === 'string') return person.name;
  return typeof person.title === 'string' && person.title ? `en person (${person.title})` : 'en navngiven person';
}

/** A node reference with a person's name hidden from anonymous visitors. */
export function nodeRef(
  node: { id: string; label?: string | null; name?: unknown; title?: unknown; kind?: unknown; sector?: unknown },
  showNames: boolean,
): NodeRef {
  const label = node.label ?? labelOfId(node.id);
  const name = label === 'Person' ? capitalise(personName(node, showNames)) : String(node.name ?? node.id);
  return {
    id: node.id,
    label,
    name,
    kind: typeof node.kind === 'string' ? node.kind : null,
    sector: typeof node.sector === 'string' ? node.sector : null,
  };
}

const PREFIX_LABELS: Array<[string, string]> = [
  ['org:', 'Organisation'],
  ['person:', 'Person'],
  ['group:', 'Group'],
  ['mandate:', 'Mandate'],
  ['channel:', 'Channel'],
  ['agreement:', 'Agreement'],
  ['element:', 'Element'],
  ['pathway:', 'Pathway'],
  ['step:', 'Step'],
];

/** Every id starts with its kind (vocabulary.ts ID_PREFIXES). */
export function labelOfId(id: string): string {
  return PREFIX_LABELS.find(([p]) => id.startsWith(p))?.[1] ?? 'Entity';
}

/** Properties a reader may see on a relationship: the loader's bookkeeping is left out. */
export function publicProps(props: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const { sourceHash: _h, ...rest } = props ?? {};
  return rest;
}

/** A channel told for a reader: kind, address, times, rules and whether it is in use yet. */
export function channelDetails(c: { kind?: unknown; address?: unknown; schedule?: unknown; rules?: unknown; status?: unknown; supportsAttachments?: unknown }): string {
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
