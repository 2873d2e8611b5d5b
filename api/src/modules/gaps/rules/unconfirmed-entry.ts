import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, daysBefore, gapWords, personAsSeen, personRef } from '../words.js';

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
  queries: ['gapsUnconfirmedAssignments', 'gapsUnconfirmedChannels'],
  async find({ run, scope, asOf, staleAfterDays, showNames, lang }) {
    const params = { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) };
    const [assignments, channels] = await Promise.all([run<Row>('gapsUnconfirmedAssignments', params), run<Row>('gapsUnconfirmedChannels', params)]);
    const say = gapWords(lang).sentences['unconfirmed-entry'];
    const age = { staleAfterDays, asOf };
    return [
      // A person may be a fixed contact several times: the assignment tells them apart.
      ...assignments.map((r) => ({
        ruleId: 'unconfirmed-entry',
        severity: 'LOW' as const,
        subject: personRef(r.person!, showNames, lang),
        sentence: say({
          entry: 'CONTACT',
          person: personAsSeen(r.person!, showNames, lang),
          organisation: r.organisation.name,
          confirmed: r.since.slice(0, 10),
          ...age,
        }),
        evidenceIds: [r.person!.id, r.id, r.organisation.id],
        topic: r.id,
      })),
      // A channel serves organisations: the one it is confirmed for tells them apart.
      ...channels.map((r) => ({
        ruleId: 'unconfirmed-entry',
        severity: 'LOW' as const,
        subject: channelRef(r.channel!),
        sentence: say({ entry: 'CHANNEL', channel: r.channel!.name, organisation: r.organisation.name, confirmed: r.since.slice(0, 10), ...age }),
        evidenceIds: [r.channel!.id, r.organisation.id],
        topic: r.organisation.id,
      })),
    ];
  },
};
