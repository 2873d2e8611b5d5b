import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef } from '../words.js';
import { groupFacts, kindIn, type GroupFactsRow } from './group-facts.js';

/** Steering bodies steer by deciding; one without any mandate on record decides on nothing. */
export const STEERING_KINDS = ['STEERING_GROUP', 'CLUSTER_STEERING_GROUP'] as const;

export const groupWithoutMandate: GapRuleDefinition = {
  id: 'group-without-mandate',
  severity: 'MEDIUM',
  queries: ['gapsGroupFacts'],
  async find({ run, scope, asOf, lang }) {
    // gaps/group-facts, sent once for the five group rules.
    const rows = withoutMandate(await groupFacts({ run, scope, asOf }));
    const say = gapWords(lang).sentences['group-without-mandate'];
    return rows.map((r) => ({
      ruleId: 'group-without-mandate',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name, reportsTo: r.reportsTo.map((g) => g.name) }),
      evidenceIds: [r.group.id, ...r.reportsTo.map((g) => g.id), ...r.expiredMandateIds],
      topic: '',
    }));
  },
};

/** Steering groups that hold no mandate valid on the day. */
export const withoutMandate = (rows: GroupFactsRow[]) => rows.filter((r) => kindIn(r, STEERING_KINDS) && !r.mandated);
