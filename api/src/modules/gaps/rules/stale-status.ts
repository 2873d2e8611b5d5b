import type { GapFinding, GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords } from '../words.js';
import { statusesInForce } from './status-row.js';

export const staleStatus: GapRuleDefinition = {
  id: 'stale-status',
  severity: 'LOW',
  queries: ['gapsStatusInForce'],
  async find(ctx) {
    // The statement red-status reads too (sent once for both): the reports older than allowed.
    const { before, statuses } = await statusesInForce(ctx);
    const { asOf, staleAfterDays } = ctx;
    const say = gapWords(ctx.lang).sentences['stale-status'];
    const findings: GapFinding[] = [];
    for (let i = 0; i < statuses.length; i++) {
      const reported = statuses.reported(i);
      if (!(reported < before)) continue;
      findings.push({
        ruleId: 'stale-status',
        severity: 'LOW' as const,
        subject: statuses.organisation(i),
        sentence: say({ organisation: statuses.organisationName(i), element: statuses.element(i), reported, level: statuses.level(i), staleAfterDays, asOf }),
        evidenceIds: statuses.evidenceIds(i),
        topic: statuses.elementId(i),
      });
    }
    return findings;
  },
};
