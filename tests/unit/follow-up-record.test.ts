import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_LIMITS, followUpStateIssue, parseFollowUpKey, STORED_FOLLOW_UP } from '../../api/src/domain/follow-up.js';
import { followUpIssue } from '../../api/src/modules/transfer/follow-up-records.js';

/**
 * The follow-up record both the editor's save (gaps/follow-up.ts) and an import
 * (transfer/follow-up-records.ts) apply: the limits are read from FOLLOW_UP_LIMITS, so these
 * tests follow a changed limit; tests/api/gap-follow-up.test.ts and transfer.test.ts hold the
 * wording of each side's errors.
 */
const stored = {
  id: 'gapack:0123456789abcdef01234567',
  key: 'group-without-mandate|grp:aarhus-klynge|',
  ruleId: 'group-without-mandate',
  subjectId: 'grp:aarhus-klynge',
  state: 'ASSIGNED',
  fingerprint: '0123456789abcdef0123',
  evidenceIds: ['grp:aarhus-klynge'],
  assignee: 'Sekretariatet',
  dueDate: '2026-12-31',
  note: 'Spørg på næste møde.',
  by: 'usr:editor',
  at: '2026-12-06T10:00:00.000Z',
  version: 1,
};
const nodes = new Set(['grp:aarhus-klynge']);

describe('the follow-up record', () => {
  it('takes a follow-up as the app stores it', () => {
    expect(STORED_FOLLOW_UP.safeParse(stored).success).toBe(true);
    expect(followUpIssue([stored], nodes)).toBeNull();
  });

  it('holds assignee and note to their limits, no control characters', () => {
    for (const field of ['assignee', 'note'] as const) {
      const max = FOLLOW_UP_LIMITS[field];
      expect(STORED_FOLLOW_UP.safeParse({ ...stored, [field]: 'x'.repeat(max) }).success).toBe(true);
      expect(STORED_FOLLOW_UP.safeParse({ ...stored, [field]: 'x'.repeat(max + 1) }).success).toBe(false);
      expect(followUpIssue([{ ...stored, [field]: 'x'.repeat(max + 1) }], nodes)).toMatch(new RegExp(`^follow-up #1 field "${field}" `));
      expect(followUpIssue([{ ...stored, [field]: 'a\u0007b' }], nodes)).toBe(`follow-up #1 field "${field}" must be trimmed text without control characters`);
    }
  });

  it('reads a key of three parts, rule and subject not empty, within the limit', () => {
    expect(parseFollowUpKey('r|s|t')).toEqual({ ruleId: 'r', subjectId: 's', topic: 't' });
    expect(parseFollowUpKey('r|s|')).toEqual({ ruleId: 'r', subjectId: 's', topic: '' });
    for (const bad of ['r|s', 'r|s|t|u', '|s|t', 'r||t', `r|s|${'t'.repeat(FOLLOW_UP_LIMITS.key)}`]) expect(parseFollowUpKey(bad)).toBeNull();
    expect(followUpIssue([{ ...stored, key: 'group-without-mandate|grp:other|' }], nodes)).toBe(
      'follow-up #1 field "key" must be "<ruleId>|<subjectId>|<topic>" of its own rule and subject',
    );
  });

  it('lets the state decide assignee and due date', () => {
    expect(followUpStateIssue({ state: 'ASSIGNED', assignee: 'A' })).toBeNull();
    expect(followUpStateIssue({ state: 'ASSIGNED', assignee: null, dueDate: '2026-12-31' })).toEqual({ field: 'assignee', problem: 'REQUIRED' });
    expect(followUpStateIssue({ state: 'ACKNOWLEDGED' })).toBeNull();
    expect(followUpStateIssue({ state: 'ACKNOWLEDGED', assignee: 'A', dueDate: '2026-12-31' })).toEqual({ field: 'assignee', problem: 'ONLY_ASSIGNED' });
    expect(followUpStateIssue({ state: 'ACKNOWLEDGED', dueDate: '2026-12-31' })).toEqual({ field: 'dueDate', problem: 'ONLY_ASSIGNED' });
    expect(followUpIssue([{ ...stored, assignee: null }], nodes)).toBe('follow-up #1 field "assignee" is required when the state is ASSIGNED');
    expect(followUpIssue([{ ...stored, state: 'ACKNOWLEDGED', assignee: null }], nodes)).toBe('follow-up #1 field "dueDate" is only for the state ASSIGNED');
  });
});
