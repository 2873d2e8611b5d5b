import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { orgRef } from '../words.js';
import { elementPhrase, statusDate, type StatusRow } from './status-row.js';

export const redStatus: GapRuleDefinition = {
  id: 'red-status',
  severity: 'HIGH',
  title: 'Rød status',
  description: 'Den seneste status for en indsats er rød: indsatsen er endnu ikke en del af praksis.',
  queries: ['gapsRedStatus'],
  async find({ run, scope, asOf }) {
    const rows = await run<StatusRow>('gapsRedStatus', { ...scope, asOf });
    return rows.map((r) => ({
      ruleId: 'red-status',
      severity: 'HIGH' as const,
      subject: orgRef(r.organisation),
      sentence: `${r.organisation.name} står på rødt for ${elementPhrase(r)} (seneste status ${statusDate(r)}); aftal en plan for, hvordan indsatsen bliver en del af praksis.`,
      evidenceIds: [r.organisation.id, r.element.id, r.status.id],
    }));
  },
};
