import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef, type Named } from '../words.js';

/** Steering bodies steer by deciding; one without any mandate on record decides on nothing. */
export const STEERING_KINDS = ['STEERING_GROUP', 'CLUSTER_STEERING_GROUP'] as const;

interface Row {
  group: Named & { name: string };
  reportsTo: Array<{ id: string; name: string }>;
  expiredMandateIds: string[];
}

export const groupWithoutMandate: GapRuleDefinition = {
  id: 'group-without-mandate',
  severity: 'MEDIUM',
  queries: ['gapsGroupWithoutMandate'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<Row>('gapsGroupWithoutMandate', { ...scope, asOf, kinds: [...STEERING_KINDS] });
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
