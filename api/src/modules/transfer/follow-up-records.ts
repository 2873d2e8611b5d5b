import { followUpStateIssue, parseFollowUpKey, STORED_FOLLOW_UP, type StoredFollowUp } from '../../domain/follow-up.js';
import { storableIssue } from './storable-values.js';

/**
 * The follow-ups of gap findings (acknowledgements and assignments, `GapAcknowledgement` nodes
 * of api/src/modules/gaps/follow-up.ts) as an export carries them: exactly as stored, one per
 * finding key. They are not on the map, so the checks of the graph's records pass them by;
 * this checks them with the follow-up record of api/src/domain/follow-up.ts (shape, limits,
 * key, state rule), the one follow-up.ts applies when an editor saves one, so an import never
 * stores a follow-up the app could not have written. (A follow-up whose rule no longer exists
 * is stored but never shown, as the app shows a follow-up only beside the finding of its key.)
 */
export type ExportedFollowUp = StoredFollowUp & Record<string, unknown>;

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
    const parsed = STORED_FOLLOW_UP.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return `${where} field "${issue.path.join('.') || '(record)'}" ${issue.message}`;
    }
    const f = parsed.data;
    // The schema already holds the key to its length and the rule and subject to non-empty.
    const key = parseFollowUpKey(f.key);
    if (!key || key.ruleId !== f.ruleId || key.subjectId !== f.subjectId)
      return `${where} field "key" must be "<ruleId>|<subjectId>|<topic>" of its own rule and subject`;
    if (!nodeIds.has(f.subjectId)) return `${where} field "subjectId" names nothing the export holds`;
    const stateIssue = followUpStateIssue(f);
    if (stateIssue?.problem === 'REQUIRED') return `${where} field "assignee" is required when the state is ASSIGNED`;
    if (stateIssue?.problem === 'ONLY_ASSIGNED') return `${where} field "${stateIssue.field}" is only for the state ASSIGNED`;
    if (keys.has(f.key)) return `${where} field "key" repeats an earlier follow-up's`;
    if (ids.has(f.id)) return `${where} field "id" repeats an earlier follow-up's`;
    keys.add(f.key);
    ids.add(f.id);
  }
  return null;
}
