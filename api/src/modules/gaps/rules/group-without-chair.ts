import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { groupRef, type Named } from '../words.js';

interface Row {
  group: Named & { name: string };
  members: number;
  membershipIds: string[];
}

export const groupWithoutChair: GapRuleDefinition = {
  id: 'group-without-chair',
  severity: 'MEDIUM',
  title: 'Gruppe uden formand',
  description: 'En aktiv gruppe med medlemmer har ingen formand, så ingen har ansvaret for at lede arbejdet og følge op.',
  queries: ['gapsGroupWithoutChair'],
  async find({ run, scope, asOf }) {
    const rows = await run<Row>('gapsGroupWithoutChair', { ...scope, asOf });
    return rows.map((r) => ({
      ruleId: 'group-without-chair',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: `${r.group.name} har ${r.members} ${r.members === 1 ? 'medlem' : 'medlemmer'}, men ingen formand; udpeg en formand, der leder arbejdet og følger op.`,
      evidenceIds: [r.group.id, ...r.membershipIds],
    }));
  },
};
