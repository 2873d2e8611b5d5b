import { STATUS_DA } from './wording.js';

/**
 * A municipality's report on an agreement element as the status matrix and the vejviser read
 * it, and which of two reports of one cell is in force: shared by both features.
 */

export interface StatusOrgRow {
  id: string;
  name: string;
  kind: string;
  sector: string;
}

export interface StatusRow {
  organisation: StatusOrgRow;
  elementId: string;
  level: string;
  note?: string | null;
  asOf: string;
  source?: string | null;
  inferred?: boolean | null;
  reportId?: string | null;
}

export interface StatusElement {
  id: string;
  number: number;
  name: string;
}

export interface StatusCell {
  elementId: string;
  elementNumber: number;
  level: string;
  colour: string;
  note: string | null;
  asOf: string;
  source: string | null;
  inferred: boolean;
  ageDays: number;
  reportId: string | null;
}

/**
 * Which of two reports of a cell is later: the later asOf; on the same asOf the one recorded
 * later (a correction made the same day; seeded reports have no createdAt and come first);
 * then the id, so both engines pick the same one whatever order they read in.
 */
export function laterReport(a: { asOf: string; createdAt: string | null; id: string }, b: { asOf: string; createdAt: string | null; id: string }): boolean {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  if ((a.createdAt ?? '') !== (b.createdAt ?? '')) return (a.createdAt ?? '') > (b.createdAt ?? '');
  return a.id > b.id;
}

export function cell(s: StatusRow, element: StatusElement, day: string): StatusCell {
  return {
    elementId: element.id,
    elementNumber: element.number,
    level: s.level,
    colour: STATUS_DA[s.level]?.colour ?? s.level,
    note: s.note ?? null,
    asOf: s.asOf,
    source: s.source ?? null,
    inferred: s.inferred === true,
    ageDays: Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${s.asOf.slice(0, 10)}T00:00:00Z`)) / 86_400_000),
    reportId: s.reportId ?? null,
  };
}
