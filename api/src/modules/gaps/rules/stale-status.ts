import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { date, daysBefore, orgRef } from '../words.js';
import { elementPhrase, levelPhrase, statusDate, type StatusRow } from './status-row.js';

export const staleStatus: GapRuleDefinition = {
  id: 'stale-status',
  severity: 'LOW',
  title: 'Forældet status',
  description: 'Den seneste status for en indsats er ældre end den tilladte alder (staleAfterDays, som standard 365 dage), så ingen ved, om den stadig gælder.',
  queries: ['gapsStaleStatus'],
  async find({ run, scope, asOf, staleAfterDays }) {
    const rows = await run<StatusRow>('gapsStaleStatus', { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) });
    return rows.map((r) => ({
      ruleId: 'stale-status',
      severity: 'LOW' as const,
      subject: orgRef(r.organisation),
      sentence: `${r.organisation.name} har sidst meldt status for ${elementPhrase(r)} ${statusDate(r)} (${levelPhrase(r.status.level)}), mere end ${staleAfterDays} dage før ${date(asOf)}; bed kommunen om en ny status.`,
      evidenceIds: [r.organisation.id, r.element.id, r.status.id],
    }));
  },
};
