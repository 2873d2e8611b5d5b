import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { daysBefore, gapWords, orgRef } from '../words.js';
import { elementFacts, type StatusRow } from './status-row.js';

export const redStatus: GapRuleDefinition = {
  id: 'red-status',
  severity: 'HIGH',
  queries: ['gapsStatusInForce'],
  async find({ run, scope, asOf, staleAfterDays, lang }) {
    // The statement stale-status reads too (sent once for both): the red reports of its rows.
    const rows = (await run<StatusRow>('gapsStatusInForce', { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) })).filter(
      (r) => r.status.level === 'RED',
    );
    const say = gapWords(lang).sentences['red-status'];
    return rows.map((r) => ({
      ruleId: 'red-status',
      severity: 'HIGH' as const,
      subject: orgRef(r.organisation),
      sentence: say({ organisation: r.organisation.name, element: elementFacts(r), reported: r.status.asOf }),
      evidenceIds: [r.organisation.id, r.element.id, r.status.id],
      // An organisation may be red on several elements: the element tells them apart.
      topic: r.element.id,
    }));
  },
};
