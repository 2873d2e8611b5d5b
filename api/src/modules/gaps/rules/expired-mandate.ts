import { personName } from '../../core/node-ref.js';
import { MANDATE_LEVEL_DA, listDa } from '../../core/wording.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { date, mandateRef } from '../words.js';

interface Row {
  mandate: { id: string; name: string; level?: string; validFrom?: string; validTo: string };
  holders: Array<{ id: string; label: string; name?: string; title?: string; relId: string }>;
  grantedBy: { id: string; name: string } | null;
}

export const expiredMandate: GapRuleDefinition = {
  id: 'expired-mandate',
  severity: 'LOW',
  title: 'Udløbet mandat',
  description: 'Et mandat er udløbet (gyldigt til en dato, der er passeret), men står stadig som holdt af en gruppe eller person.',
  queries: ['gapsExpiredMandate'],
  async find({ run, scope, asOf, showNames }) {
    const rows = await run<Row>('gapsExpiredMandate', { ...scope, asOf });
    return rows.map((r) => {
      const holders = listDa(r.holders.map((h) => (h.label === 'Person' ? personName(h, showNames) : String(h.name ?? h.id))));
      const level = r.mandate.level ? ` (at ${MANDATE_LEVEL_DA[r.mandate.level] ?? r.mandate.level})` : '';
      const who = r.grantedBy ? r.grantedBy.name : 'den, der gav mandatet,';
      return {
        ruleId: 'expired-mandate',
        severity: 'LOW' as const,
        subject: mandateRef(r.mandate),
        sentence: `Mandatet «${r.mandate.name}»${level} udløb ${date(r.mandate.validTo)}, men står stadig som holdt af ${holders}; ${who} bør forny eller afslutte det.`,
        evidenceIds: [r.mandate.id, ...r.holders.flatMap((h) => [h.id, h.relId]), ...(r.grantedBy ? [r.grantedBy.id] : [])],
      };
    });
  },
};
