import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { PERSPECTIVE_WORD_DA } from '../../core/gap-finder/words.js';
import { groupRef, perspectiveWord, type Named } from '../words.js';

interface Row {
  group: Named & { name: string };
  missing: string[];
  membershipIds: string[];
}

/** One finding per missing perspective, so each can be acted on (and counted) by itself. */
export const missingPerspective: GapRuleDefinition = {
  id: 'missing-perspective',
  severity: 'HIGH',
  title: 'Manglende perspektiv i en gruppe',
  description:
    'En aktiv gruppe kræver et perspektiv (fx skole eller KUI), som ingen af de nuværende medlemmer repræsenterer. Uden det perspektiv mangler en af hænderne ved bordet.',
  queries: ['gapsMissingPerspective'],
  async find({ run, scope, asOf }) {
    const rows = await run<Row>('gapsMissingPerspective', { ...scope, asOf });
    return rows.flatMap((r) =>
      r.missing.map((p) => ({
        ruleId: 'missing-perspective',
        severity: 'HIGH' as const,
        subject: groupRef(r.group),
        sentence: `${r.group.name} har ingen repræsentant for ${perspectiveWord(p)}, som gruppen skal have; udpeg et medlem, der kan tale for ${PERSPECTIVE_WORD_DA[p] ?? p}.`,
        evidenceIds: [r.group.id, ...r.membershipIds],
      })),
    );
  },
};
