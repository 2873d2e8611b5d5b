import { nodeRef, type NodeRef } from '../core/node-ref.js';
import { danishDate, listDa } from '../core/wording.js';
import { PERSPECTIVE_WORD_DA } from '../core/gap-finder/words.js';

export function perspectiveWord(p: string): string {
  return PERSPECTIVE_WORD_DA[p] ?? p;
}

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
