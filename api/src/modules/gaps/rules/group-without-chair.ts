import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef, type Named } from '../words.js';

interface Row {
  group: Named & { name: string };
  members: number;
  membershipIds: string[];
}

export const groupWithoutChair: GapRuleDefinition = {
  id: 'group-without-chair',
  severity: 'MEDIUM',
  queries: ['gapsGroupWithoutChair'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<Row>('gapsGroupWithoutChair', { ...scope, asOf });
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
