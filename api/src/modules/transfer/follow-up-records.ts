import { z } from 'zod';
import { storableIssue } from './storable-values.js';

/**
 * The follow-ups of gap findings (acknowledgements and assignments, `GapAcknowledgement` nodes
 * of api/src/modules/gaps/follow-up.ts) as an export carries them: exactly as stored, one per
 * finding key. They are not on the map, so no domain record checks them; this does, with the
 * rules follow-up.ts applies when an editor saves one, so an import never stores a follow-up
 * the app could not have written. (The transfer module may not import the gaps module, so the
 * shape is restated here; a follow-up whose rule no longer exists is stored but never shown,
 * as the app shows a follow-up only beside the finding of its key.)
 */
export interface ExportedFollowUp extends Record<string, unknown> {
  id: string;
  key: string;
  ruleId: string;
  subjectId: string;
  state: 'ACKNOWLEDGED' | 'ASSIGNED';
  fingerprint: string;
  evidenceIds: string[];
  assignee?: string | null;
  dueDate?: string | null;
  note?: string | null;
  by: string;
  at: string;
  version: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => v.trim() === v && v !== '' && !CONTROL.test(v), 'must be trimmed text without control characters');
const isoDay = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'must be a date YYYY-MM-DD');
const isoTime = z.string().refine((v) => Number.isFinite(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), 'must be an ISO date and time');

/** The limits of follow-up.ts (assignee 120, note 2,000 characters; a finding key 400). */
const FOLLOW_UP = z.object({
  id: text(200),
  key: z.string().max(400),
  ruleId: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a rule id'),
  subjectId: text(128),
  state: z.enum(['ACKNOWLEDGED', 'ASSIGNED']),
  fingerprint: z.string().regex(/^[0-9a-f]+$/, 'must be a hexadecimal fingerprint'),
  evidenceIds: z.array(text(200)),
  assignee: text(120).nullish(),
  dueDate: isoDay.nullish(),
  note: text(2000).nullish(),
  by: text(200),
  at: isoTime,
  version: z.number().int().min(1),
});

/**
 * Checks the exported follow-ups against each other and the exported nodes: the first problem
 * as a sentence naming the follow-up and field, or null. Beyond the fields: the key is
 * "<ruleId>|<subjectId>|<topic>" of the follow-up's own rule and subject, the subject is an
 * exported node (a follow-up is about something on the map), an assignment says who is to
 * act, an acknowledgement has no one nor a due date, and no key or id comes twice.
 */
export function followUpIssue(followUps: unknown[], nodeIds: ReadonlySet<string>): string | null {
  const keys = new Set<string>();
  const ids = new Set<string>();
  for (const [i, raw] of followUps.entries()) {
    const where = `follow-up #${i + 1}`;
    const storable = storableIssue(raw, where);
    if (storable) return storable;
    const parsed = FOLLOW_UP.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return `${where} field "${issue.path.join('.') || '(record)'}" ${issue.message}`;
    }
    const f = parsed.data;
    const [ruleId, subjectId, topic, ...rest] = f.key.split('|');
    if (ruleId !== f.ruleId || subjectId !== f.subjectId || topic === undefined || rest.length)
      return `${where} field "key" must be "<ruleId>|<subjectId>|<topic>" of its own rule and subject`;
    if (!nodeIds.has(f.subjectId)) return `${where} field "subjectId" names nothing the export holds`;
    if (f.state === 'ASSIGNED' && !f.assignee) return `${where} field "assignee" is required when the state is ASSIGNED`;
    if (f.state === 'ACKNOWLEDGED' && (f.assignee || f.dueDate))
      return `${where} field "${f.assignee ? 'assignee' : 'dueDate'}" is only for the state ASSIGNED`;
    if (keys.has(f.key)) return `${where} field "key" repeats an earlier follow-up's`;
    if (ids.has(f.id)) return `${where} field "id" repeats an earlier follow-up's`;
    keys.add(f.key);
    ids.add(f.id);
  }
  return null;
}
