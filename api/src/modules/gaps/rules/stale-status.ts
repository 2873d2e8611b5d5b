import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { daysBefore, gapWords, orgRef } from '../words.js';
import { elementFacts, type StatusRow } from './status-row.js';

export const staleStatus: GapRuleDefinition = {
  id: 'stale-status',
  severity: 'LOW',
  queries: ['gapsStatusInForce'],
  async find({ run, scope, asOf, staleAfterDays, lang }) {
    // The statement red-status reads too (sent once for both): the reports older than allowed.
    const before = daysBefore(asOf, staleAfterDays);
    const rows = (await run<StatusRow>('gapsStatusInForce', { ...scope, asOf, before })).filter((r) => r.status.asOf < before);
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
