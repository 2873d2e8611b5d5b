import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, personAsSeen, personRef, type Named } from '../words.js';

interface Row {
  group: Named & { name: string };
  person: Named & { name: string; title?: string };
  membership: { id: string; role?: string; represents?: string[] };
  actsFor: { id: string; name: string } | null;
  grantors: Array<{ id: string; name: string }>;
  expiredMandateIds: string[];
  holders: number;
}

/**
 * Where the steering body gives the members of a group personal decision mandates (001 asks
 * for members "with decision-making competence"), a voting member without one cannot commit
 * their organisation. A group that only holds a mandate of its own is not judged here: its
 * members decide together in the group.
 */
export const memberWithoutMandate: GapRuleDefinition = {
  id: 'member-without-mandate',
  severity: 'MEDIUM',
  queries: ['gapsMemberWithoutMandate'],
  async find({ run, scope, asOf, showNames, lang }) {
    const rows = await run<Row>('gapsMemberWithoutMandate', { ...scope, asOf });
    const say = gapWords(lang).sentences['member-without-mandate'];
    return rows.map((r) => ({
      ruleId: 'member-without-mandate',
      severity: 'MEDIUM' as const,
      subject: personRef(r.person, showNames, lang),
      sentence: say({
        person: personAsSeen(r.person, showNames, lang),
        actsFor: r.actsFor?.name ?? null,
        represents: r.membership.represents ?? [],
        group: r.group.name,
        holders: r.holders,
        grantors: r.grantors.map((g) => g.name),
        expired: r.expiredMandateIds.length > 0,
      }),
      evidenceIds: [r.person.id, r.group.id, r.membership.id, ...r.expiredMandateIds],
      topic: '',
    }));
  },
};
