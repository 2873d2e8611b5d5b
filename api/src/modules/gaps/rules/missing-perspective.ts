import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef } from '../words.js';
import { groupFacts, type GroupFactsRow } from './group-facts.js';

/** One finding per missing perspective, so each can be acted on (and counted) by itself. */
export const missingPerspective: GapRuleDefinition = {
  id: 'missing-perspective',
  severity: 'HIGH',
  queries: ['gapsGroupFacts'],
  async find({ run, scope, asOf, lang }) {
    // gaps/group-facts, sent once for the five group rules.
    const rows = withMissingPerspectives(await groupFacts({ run, scope, asOf }));
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

/** Groups with a required perspective no current member represents. */
export const withMissingPerspectives = (rows: GroupFactsRow[]) => rows.filter((r) => r.missing.length > 0);
