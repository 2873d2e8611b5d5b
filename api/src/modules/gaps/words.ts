import { nodeRef, type NodeRef } from '../core/node-ref.js';
import { danishDate, listDa } from '../core/wording.js';

/** Perspectives as words inside a sentence ("ingen repræsentant for skole"): no enum code in the text (#16 item 6). */
export const PERSPECTIVE_WORD_DA: Record<string, string> = {
  PSYCHIATRY: 'psykiatrien',
  SOMATICS: 'somatikken',
  GENERAL_PRACTICE: 'almen praksis',
  HEALTH_VISITING: 'sundhedsplejen',
  PPR: 'PPR',
  FAMILY_SOCIAL: 'familieområdet',
  SCHOOL: 'skole',
  YOUTH_GUIDANCE: 'KUI',
  DAYCARE: 'dagtilbud',
  MUNICIPAL_TREATMENT: 'det kommunale behandlingstilbud',
  MANAGEMENT: 'ledelsen',
};

export function perspectiveWord(p: string): string {
  return PERSPECTIVE_WORD_DA[p] ?? p;
}

/** A sector as the other side of a bridge: "kommunerne", "almen praksis", "regionen". */
export const SECTOR_SIDE_DA: Record<string, string> = {
  REGION: 'regionen',
  GENERAL_PRACTICE: 'almen praksis',
  MUNICIPALITY: 'kommunerne',
  NATIONAL: 'de nationale organisationer',
};

export function date(iso: unknown): string {
  return danishDate(iso);
}

export interface Named {
  id: string;
  name?: unknown;
  kind?: unknown;
  sector?: unknown;
  title?: unknown;
}

export const groupRef = (g: Named): NodeRef => nodeRef({ ...g, label: 'Group' }, true);
export const orgRef = (o: Named): NodeRef => nodeRef({ ...o, label: 'Organisation' }, true);
export const channelRef = (c: Named): NodeRef => nodeRef({ ...c, label: 'Channel' }, true);
export const mandateRef = (m: Named): NodeRef => nodeRef({ ...m, label: 'Mandate' }, true);
export const personRef = (p: Named, showNames: boolean): NodeRef => nodeRef({ ...p, label: 'Person' }, showNames);

/** YYYY-MM-DD minus a number of days. */
export function daysBefore(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Names of a list of things, or "n …" when there are many. */
export function namesOrCount(names: string[], max: number, many: string): string {
  return names.length <= max ? listDa(names) : `${names.length} ${many}`;
}
