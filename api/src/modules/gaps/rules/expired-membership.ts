import { personName } from '../../core/node-ref.js';
import { perspectives } from '../../core/wording.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { date, personRef } from '../words.js';

interface Row {
  group: { id: string; name: string; kind?: string; validTo?: string | null };
  person: { id: string; name?: string; title?: string };
  membership: { id: string; role?: string; represents?: string[]; since?: string; until: string };
  actsFor: { id: string; name: string } | null;
}

export const expiredMembership: GapRuleDefinition = {
  id: 'expired-membership',
  severity: 'LOW',
  title: 'Udløbet medlemskab',
  description: 'Et medlemskab af en gruppe er udløbet, men står stadig i oversigten; afslut det eller find en afløser.',
  queries: ['gapsExpiredMembership'],
  async find({ run, scope, asOf, showNames }) {
    const rows = await run<Row>('gapsExpiredMembership', { ...scope, asOf });
    return rows.map((r) => {
      const who = personName(r.person, showNames);
      const forWhom = r.actsFor ? ` for ${r.actsFor.name}` : '';
      const rep = r.membership.represents?.length ? ` (${perspectives(r.membership.represents)})` : '';
      const ended = typeof r.group.validTo === 'string' && r.group.validTo < asOf;
      const action = ended ? 'gruppen er selv afsluttet, så medlemskabet kan arkiveres' : 'find en afløser eller fjern medlemskabet';
      return {
        ruleId: 'expired-membership',
        severity: 'LOW' as const,
        subject: personRef(r.person, showNames),
        sentence: `${capital(who)} sad i ${r.group.name}${forWhom}${rep} til ${date(r.membership.until)}, men medlemskabet står stadig i oversigten; ${action}.`,
        evidenceIds: [r.person.id, r.group.id, r.membership.id],
      };
    });
  },
};

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}
