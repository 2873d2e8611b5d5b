import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { daysBefore, gapWords, orgRef } from '../words.js';
import { elementFacts, type StatusRow } from './status-row.js';

export const staleStatus: GapRuleDefinition = {
  id: 'stale-status',
  severity: 'LOW',
  queries: ['gapsStaleStatus'],
  async find({ run, scope, asOf, staleAfterDays, lang }) {
    const rows = await run<StatusRow>('gapsStaleStatus', { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) });
    const say = gapWords(lang).sentences['stale-status'];
    return rows.map((r) => ({
      ruleId: 'stale-status',
      severity: 'LOW' as const,
      subject: orgRef(r.organisation),
      sentence: say({ organisation: r.organisation.name, element: elementFacts(r), reported: r.status.asOf, level: r.status.level, staleAfterDays, asOf }),
      evidenceIds: [r.organisation.id, r.element.id, r.status.id],
      topic: r.element.id,
    }));
  },
};
