import { z } from 'zod';

/**
 * The follow-up of a gap finding (an acknowledgement or an assignment, stored as one
 * `GapAcknowledgement` node per finding key) as a record: its shape, its limits, the form of
 * its key and the rule tying the state to an assignee and a due date. It lives in the domain
 * because two modules that may not import each other apply it: gaps/follow-up.ts when an
 * editor saves one, transfer/follow-up-records.ts when an import brings one. A limit changed
 * here holds for both, so an import never stores a follow-up the app could not have written.
 * Each side words its own errors (the editor's API errors, the import's sentences).
 */

export const FOLLOW_UP_STATES = ['ACKNOWLEDGED', 'ASSIGNED'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** Characters per field. */
export const FOLLOW_UP_LIMITS = {
  id: 200,
  key: 400,
  subjectId: 128,
  evidenceId: 200,
  assignee: 120,
  note: 2000,
  by: 200,
} as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Text a follow-up may hold: no control characters (tab and line breaks are fine in a note). */
export const hasControlCharacters = (value: string) => CONTROL.test(value);

const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => v.trim() === v && v !== '' && !hasControlCharacters(v), 'must be trimmed text without control characters');
const isoDay = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'must be a date YYYY-MM-DD');
const isoTime = z.string().refine((v) => Number.isFinite(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), 'must be an ISO date and time');

/** A follow-up exactly as stored (and as an export carries it). */
export const STORED_FOLLOW_UP = z.object({
  id: text(FOLLOW_UP_LIMITS.id),
  key: z.string().max(FOLLOW_UP_LIMITS.key),
  ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a rule id'),
  subjectId: text(FOLLOW_UP_LIMITS.subjectId),
  state: z.enum(FOLLOW_UP_STATES),
  fingerprint: z.string().regex(/^[0-9a-f]+$/, 'must be a hexadecimal fingerprint'),
  evidenceIds: z.array(text(FOLLOW_UP_LIMITS.evidenceId)),
  assignee: text(FOLLOW_UP_LIMITS.assignee).nullish(),
  dueDate: isoDay.nullish(),
  note: text(FOLLOW_UP_LIMITS.note).nullish(),
  by: text(FOLLOW_UP_LIMITS.by),
  at: isoTime,
  version: z.number().int().min(1),
});

export type StoredFollowUp = z.infer<typeof STORED_FOLLOW_UP>;

/**
 * A follow-up's key is its finding's: "<ruleId>|<subjectId>|<topic>" (ids hold no "|"), rule
 * and subject not empty, at most FOLLOW_UP_LIMITS.key characters. Null when it is not one.
 */
export function parseFollowUpKey(key: string): { ruleId: string; subjectId: string; topic: string } | null {
  const parts = key.split('|');
  if (parts.length !== 3 || !parts[0] || !parts[1] || key.length > FOLLOW_UP_LIMITS.key) return null;
  return { ruleId: parts[0], subjectId: parts[1], topic: parts[2]! };
}

/**
 * The state decides the rest: an assignment says who is to act; an acknowledgement has no one
 * nor a due date. The field that breaks the rule and how, or null.
 */
export function followUpStateIssue(f: {
  state: FollowUpState;
  assignee?: string | null;
  dueDate?: string | null;
}): { field: 'assignee'; problem: 'REQUIRED' } | { field: 'assignee' | 'dueDate'; problem: 'ONLY_ASSIGNED' } | null {
  if (f.state === 'ASSIGNED' && !f.assignee) return { field: 'assignee', problem: 'REQUIRED' };
  if (f.state === 'ACKNOWLEDGED' && (f.assignee || f.dueDate)) return { field: f.assignee ? 'assignee' : 'dueDate', problem: 'ONLY_ASSIGNED' };
  return null;
}
