import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, daysBefore, gapWords, personAsSeen, personRef } from '../words.js';

interface Row {
  id: string;
  since: string;
  organisation: { id: string; name: string };
  /** An assignment's row has its person (and channel null), a channel's its channel. */
  person: { id: string; name?: string | null; title?: string | null } | null;
  channel: { id: string; name: string } | null;
}

/** Fresh data: a fixed contact or a channel nobody has confirmed within the allowed age. */
export const unconfirmedEntry: GapRuleDefinition = {
  id: 'unconfirmed-entry',
  severity: 'LOW',
  queries: ['gapsUnconfirmedEntries'],
  async find({ run, scope, asOf, staleAfterDays, showNames, lang }) {
    // Both kinds in one statement, oldest first; each kind keeps that order (as when they were two).
    const rows = await run<Row>('gapsUnconfirmedEntries', { ...scope, asOf, before: daysBefore(asOf, staleAfterDays) });
    const assignments = rows.filter((r) => r.person);
    const channels = rows.filter((r) => r.channel);
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
