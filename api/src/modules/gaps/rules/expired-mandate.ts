import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, mandateRef, personAsSeen } from '../words.js';

interface Row {
  mandate: { id: string; name: string; level?: string; validFrom?: string; validTo: string };
  holders: Array<{ id: string; label: string; name?: string; title?: string; relId: string }>;
  grantedBy: { id: string; name: string } | null;
}

export const expiredMandate: GapRuleDefinition = {
  id: 'expired-mandate',
  severity: 'LOW',
  queries: ['gapsExpiredMandate'],
  async find({ run, scope, asOf, showNames, lang }) {
    const rows = await run<Row>('gapsExpiredMandate', { ...scope, asOf });
    const say = gapWords(lang).sentences['expired-mandate'];
    return rows.map((r) => ({
      ruleId: 'expired-mandate',
      severity: 'LOW' as const,
      subject: mandateRef(r.mandate),
      sentence: say({
        mandate: r.mandate.name,
        level: r.mandate.level ?? null,
        validTo: r.mandate.validTo,
        holders: r.holders.map((h) => (h.label === 'Person' ? personAsSeen(h, showNames, lang) : String(h.name ?? h.id))),
        grantedBy: r.grantedBy?.name ?? null,
      }),
      evidenceIds: [r.mandate.id, ...r.holders.flatMap((h) => [h.id, h.relId]), ...(r.grantedBy ? [r.grantedBy.id] : [])],
      topic: '',
    }));
  },
};
