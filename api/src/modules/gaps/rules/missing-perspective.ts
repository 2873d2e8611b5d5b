import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef, type Named } from '../words.js';

interface Row {
  group: Named & { name: string };
  missing: string[];
  membershipIds: string[];
}

/** One finding per missing perspective, so each can be acted on (and counted) by itself. */
export const missingPerspective: GapRuleDefinition = {
  id: 'missing-perspective',
  severity: 'HIGH',
  queries: ['gapsMissingPerspective'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<Row>('gapsMissingPerspective', { ...scope, asOf });
    const say = gapWords(lang).sentences['missing-perspective'];
    return rows.flatMap((r) =>
      r.missing.map((perspective) => ({
        ruleId: 'missing-perspective',
        severity: 'HIGH' as const,
        subject: groupRef(r.group),
        sentence: say({ group: r.group.name, perspective }),
        evidenceIds: [r.group.id, ...r.membershipIds],
        // The evidence is alike for every perspective a group lacks: the perspective tells them apart.
        topic: perspective,
      })),
    );
  },
};
