import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef, type Named } from '../words.js';

/**
 * Bodies at the top (the health collaboration committee, councils) report to no group, and a
 * secretariat serves a group rather than reporting to one; every other group is expected to
 * report somewhere, or its recommendations have nowhere to go.
 */
export const TOP_KINDS = ['COMMITTEE', 'COUNCIL', 'SECRETARIAT'] as const;

interface Row {
  group: Named & { name: string };
  anchoredIn: Array<{ id: string; name: string }>;
}

export const groupWithoutReportingLine: GapRuleDefinition = {
  id: 'group-without-reporting-line',
  severity: 'MEDIUM',
  queries: ['gapsGroupWithoutReportingLine'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<Row>('gapsGroupWithoutReportingLine', { ...scope, asOf, topKinds: [...TOP_KINDS] });
    const say = gapWords(lang).sentences['group-without-reporting-line'];
    return rows.map((r) => ({
      ruleId: 'group-without-reporting-line',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name }),
      evidenceIds: [r.group.id, ...r.anchoredIn.map((a) => a.id)],
      topic: '',
    }));
  },
};
