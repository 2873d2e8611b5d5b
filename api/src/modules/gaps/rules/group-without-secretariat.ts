import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef, type Named } from '../words.js';

/**
 * Implementation groups meet across sectors and must keep plans and statuses current; 001
 * ties the chair to "the municipality that provides the secretariat". Other kinds are not
 * expected to have one of their own.
 */
export const SECRETARIAT_EXPECTED_KINDS = ['IMPLEMENTATION_GROUP'] as const;

interface Row {
  group: Named & { name: string };
  anchoredIn: Array<{ id: string; name: string }>;
}

export const groupWithoutSecretariat: GapRuleDefinition = {
  id: 'group-without-secretariat',
  severity: 'LOW',
  queries: ['gapsGroupWithoutSecretariat'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<Row>('gapsGroupWithoutSecretariat', { ...scope, asOf, kinds: [...SECRETARIAT_EXPECTED_KINDS] });
    const say = gapWords(lang).sentences['group-without-secretariat'];
    return rows.map((r) => ({
      ruleId: 'group-without-secretariat',
      severity: 'LOW' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name }),
      evidenceIds: [r.group.id, ...r.anchoredIn.map((a) => a.id)],
      topic: '',
    }));
  },
};
