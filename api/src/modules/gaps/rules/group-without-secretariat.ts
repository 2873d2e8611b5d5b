import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { groupRef, type Named } from '../words.js';

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
  title: 'Implementeringsgruppe uden sekretariat',
  description:
    'En implementeringsgruppe har hverken en organisation, der er sekretariat for den, eller et medlem med rollen sekretær, så ingen har ansvaret for indkaldelser, referater og statusopsamling.',
  queries: ['gapsGroupWithoutSecretariat'],
  async find({ run, scope, asOf }) {
    const rows = await run<Row>('gapsGroupWithoutSecretariat', { ...scope, asOf, kinds: [...SECRETARIAT_EXPECTED_KINDS] });
    return rows.map((r) => ({
      ruleId: 'group-without-secretariat',
      severity: 'LOW' as const,
      subject: groupRef(r.group),
      sentence: `${r.group.name} har intet sekretariat registreret; aftal, hvilken organisation der er sekretariat for gruppen.`,
      evidenceIds: [r.group.id, ...r.anchoredIn.map((a) => a.id)],
    }));
  },
};
