import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, orgRef } from '../words.js';
import { elementFacts, type StatusRow } from './status-row.js';

export const redStatus: GapRuleDefinition = {
  id: 'red-status',
  severity: 'HIGH',
  queries: ['gapsRedStatus'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<StatusRow>('gapsRedStatus', { ...scope, asOf });
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
