import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, personAsSeen, personRef } from '../words.js';

interface Row {
  group: { id: string; name: string; kind?: string; validTo?: string | null };
  person: { id: string; name?: string; title?: string };
  membership: { id: string; role?: string; represents?: string[]; since?: string; until: string };
  actsFor: { id: string; name: string } | null;
}

export const expiredMembership: GapRuleDefinition = {
  id: 'expired-membership',
  severity: 'LOW',
  queries: ['gapsExpiredMembership'],
  async find({ run, scope, asOf, showNames, lang }) {
    const rows = await run<Row>('gapsExpiredMembership', { ...scope, asOf });
    const say = gapWords(lang).sentences['expired-membership'];
    return rows.map((r) => ({
      ruleId: 'expired-membership',
      severity: 'LOW' as const,
      subject: personRef(r.person, showNames, lang),
      sentence: say({
        person: personAsSeen(r.person, showNames, lang),
        group: r.group.name,
        actsFor: r.actsFor?.name ?? null,
        represents: r.membership.represents ?? [],
        until: r.membership.until,
        groupEnded: typeof r.group.validTo === 'string' && r.group.validTo < asOf,
      }),
      evidenceIds: [r.person.id, r.group.id, r.membership.id],
      topic: '',
    }));
  },
};
