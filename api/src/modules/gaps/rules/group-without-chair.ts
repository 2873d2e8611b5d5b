import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef } from '../words.js';
import { groupFacts, type GroupFactsRow } from './group-facts.js';

export const groupWithoutChair: GapRuleDefinition = {
  id: 'group-without-chair',
  severity: 'MEDIUM',
  queries: ['gapsGroupFacts'],
  async find({ run, scope, asOf, lang }) {
    // gaps/group-facts, sent once for the five group rules.
    const rows = withoutChair(await groupFacts({ run, scope, asOf }));
    const say = gapWords(lang).sentences['group-without-chair'];
    return rows.map((r) => ({
      ruleId: 'group-without-chair',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name, members: r.members }),
      evidenceIds: [r.group.id, ...r.membershipIds],
      topic: '',
    }));
  },
};

/** Groups with current members of whom none is CHAIR. */
export const withoutChair = (rows: GroupFactsRow[]) => rows.filter((r) => r.members > 0 && !r.chaired);
