import type { GapFinding, GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords } from '../words.js';
import { statusesInForce } from './status-row.js';

export const redStatus: GapRuleDefinition = {
  id: 'red-status',
  severity: 'HIGH',
  queries: ['gapsStatusInForce'],
  async find(ctx) {
    // The statement stale-status reads too (sent once for both): the red reports of its rows.
    const { statuses } = await statusesInForce(ctx);
    const say = gapWords(ctx.lang).sentences['red-status'];
    const findings: GapFinding[] = [];
    for (let i = 0; i < statuses.length; i++) {
      if (statuses.level(i) !== 'RED') continue;
      findings.push({
        ruleId: 'red-status',
        severity: 'HIGH' as const,
        subject: statuses.organisation(i),
        sentence: say({ organisation: statuses.organisationName(i), element: statuses.element(i), reported: statuses.reported(i) }),
        evidenceIds: statuses.evidenceIds(i),
        // An organisation may be red on several elements: the element tells them apart.
        topic: statuses.elementId(i),
      });
    }
    return findings;
  },
};
