import type { ElementFacts } from '../gap-wording.js';

export interface StatusRow {
  organisation: { id: string; name: string; kind?: string; sector?: string };
  element: { id: string; name: string; number?: number };
  agreement: { id: string; name: string } | null;
  status: { id: string; level: string; asOf: string };
}

/** The element a status is about, for the wording: its name, number and agreement. */
export function elementFacts(r: StatusRow): ElementFacts {
  return { name: r.element.name, number: typeof r.element.number === 'number' ? r.element.number : null, agreement: r.agreement?.name ?? null };
}
