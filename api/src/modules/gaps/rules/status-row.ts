import { STATUS_DA } from '../../core/wording.js';
import { date } from '../words.js';

export interface StatusRow {
  organisation: { id: string; name: string; kind?: string; sector?: string };
  element: { id: string; name: string; number?: number };
  agreement: { id: string; name: string } | null;
  status: { id: string; level: string; asOf: string; note?: string | null; source?: string | null };
}

/** "indsats 3 «…» i Samarbejdsaftale …" */
export function elementPhrase(r: StatusRow): string {
  const number = typeof r.element.number === 'number' ? `indsats ${r.element.number} ` : '';
  return `${number}«${r.element.name}»${r.agreement ? ` i ${r.agreement.name}` : ''}`;
}

export function levelPhrase(level: string): string {
  const l = STATUS_DA[level];
  return l ? `${l.colour}, «${l.label}»` : level;
}

export const statusDate = (r: StatusRow) => date(r.status.asOf);
