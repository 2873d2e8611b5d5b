import { createHash } from 'node:crypto';
import type { GapFinding } from '../core/gap-finder/rule.js';

/**
 * A finding's identity and the fingerprint of its cause, for following it up.
 *
 * The key names WHAT the finding is about and stays the same while its cause changes: the rule,
 * the subject and, where a rule finds several things about one subject, what tells them apart
 * (the element of a status, the organisation a person is the only bridge for, the perspective a
 * group lacks). The fingerprint is the finding's evidence (the ids of the records it rests on):
 * a new status report, a member joining or leaving, another organisation served changes it,
 * and an acknowledgement made under another fingerprint no longer holds: the finding is open
 * again. The sentence is not part of either: it names the day judged on and hides names from
 * visitors, so it changes without the cause changing.
 */

/**
 * "<rule>|<subject id>|<topic>": ids hold no "|", so the parts can be read back. The topic is
 * what the rule says tells several findings about one subject apart (GapFinding.topic: the
 * missing perspective's code, the element of a status, the assignment or organisation an
 * unconfirmed entry is about, the organisation a person is the only bridge for), from the
 * data: the key is the same whatever the language of the sentence. Follow-ups are stored
 * under it, so it must not change (tests/api/gaps-english.test.ts holds the seed's keys); it
 * is read back by parseFollowUpKey of api/src/domain/follow-up.ts.
 */
export function findingKey(f: GapFinding): string {
  return `${f.ruleId}|${f.subject.id}|${f.topic}`;
}

/** The evidence, order-free, hashed: equal while the records the finding rests on are the same. */
export function findingFingerprint(f: GapFinding): string {
  return createHash('sha256')
    .update(`${f.ruleId}\n${[...f.evidenceIds].sort().join('\n')}`)
    .digest('hex')
    .slice(0, 20);
}
