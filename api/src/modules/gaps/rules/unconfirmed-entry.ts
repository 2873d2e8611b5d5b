import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, date, daysBefore, personRef } from '../words.js';
import { personName } from '../../core/node-ref.js';

interface Row {
  id: string;
  since: string;
  organisation: { id: string; name: string };
  person?: { id: string; name?: string | null; title?: string | null };
  channel?: { id: string; name: string };
}

/** Fresh data: a fixed contact or a channel nobody has confirmed within the allowed age. */
export const unconfirmedEntry: GapRuleDefinition = {
  id: 'unconfirmed-entry',
  severity: 'LOW',
  title: 'Ubekræftet kontaktoplysning',
  description:
    'En fast kontaktperson eller en kanal i brug, som ingen redaktør har bekræftet inden for den tilladte alder (staleAfterDays, som standard 365 dage; aldrig bekræftet tæller fra oprettelsen), så ingen ved, om oplysningen stadig holder.',
  queries: ['gapsUnconfirmedAssignments', 'gapsUnconfirmedChannels'],
  async find({ run, scope, asOf, staleAfterDays, showNames }) {
    const params = { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) };
    const [assignments, channels] = await Promise.all([run<Row>('gapsUnconfirmedAssignments', params), run<Row>('gapsUnconfirmedChannels', params)]);
    return [
      ...assignments.map((r) => ({
        ruleId: 'unconfirmed-entry',
        severity: 'LOW' as const,
        subject: personRef(r.person!, showNames),
        sentence: `${personName(r.person!, showNames)} som fast kontaktperson for ${r.organisation.name} er sidst bekræftet ${date(r.since.slice(0, 10))}, mere end ${staleAfterDays} dage før ${date(asOf)}; bed en redaktør bekræfte eller rette den.`,
        evidenceIds: [r.person!.id, r.id, r.organisation.id],
      })),
      ...channels.map((r) => ({
        ruleId: 'unconfirmed-entry',
        severity: 'LOW' as const,
        subject: channelRef(r.channel!),
        sentence: `Kanalen ${r.channel!.name} hos ${r.organisation.name} er sidst bekræftet ${date(r.since.slice(0, 10))}, mere end ${staleAfterDays} dage før ${date(asOf)}; bed en redaktør bekræfte adresse, tider og regler.`,
        evidenceIds: [r.channel!.id, r.organisation.id],
      })),
    ];
  },
};
