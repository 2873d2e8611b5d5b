import { personName } from '../../core/node-ref.js';
import { listDa, perspectives } from '../../core/wording.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { personRef, type Named } from '../words.js';

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
  title: 'Medlem uden beslutningsmandat',
  description:
    'I en gruppe, hvor styregruppen giver medlemmerne personlige beslutningsmandater, sidder et stemmeberettiget medlem uden et gyldigt mandat og kan derfor ikke forpligte sin organisation.',
  queries: ['gapsMemberWithoutMandate'],
  async find({ run, scope, asOf, showNames }) {
    const rows = await run<Row>('gapsMemberWithoutMandate', { ...scope, asOf });
    return rows.map((r) => {
      const who = personName(r.person, showNames);
      const forWhom = r.actsFor ? ` for ${r.actsFor.name}` : '';
      const rep = r.membership.represents?.length ? ` (${perspectives(r.membership.represents)})` : '';
      const expired = r.expiredMandateIds.length ? ' Mandatet er udløbet.' : '';
      const grantors = listDa(r.grantors.map((g) => g.name));
      return {
        ruleId: 'member-without-mandate',
        severity: 'MEDIUM' as const,
        subject: personRef(r.person, showNames),
        sentence:
          `${capital(who)}${forWhom}${rep} sidder i ${r.group.name} uden beslutningsmandat, mens ${r.holders} ${r.holders === 1 ? 'medlem har' : 'medlemmer har'} et;` +
          ` ${grantors} bør give mandat eller aftale, hvem der beslutter for ${r.actsFor ? r.actsFor.name : 'medlemmets organisation'}.${expired}`,
        evidenceIds: [r.person.id, r.group.id, r.membership.id, ...r.expiredMandateIds],
      };
    });
  },
};

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}
