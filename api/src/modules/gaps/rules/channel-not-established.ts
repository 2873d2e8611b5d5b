import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, gapWords } from '../words.js';

type Org = { id: string; name: string };
interface Row {
  channel: { id: string; name: string; kind: string; status: string };
  providers: Org[];
  served: Org[];
}

export const channelNotEstablished: GapRuleDefinition = {
  id: 'channel-not-established',
  severity: 'MEDIUM',
  queries: ['gapsChannelNotEstablished'],
  async find({ run, scope, lang }) {
    const rows = await run<Row>('gapsChannelNotEstablished', { ...scope });
    const say = gapWords(lang).sentences['channel-not-established'];
    return rows.map((r) => ({
      ruleId: 'channel-not-established',
      severity: 'MEDIUM' as const,
      subject: channelRef(r.channel),
      sentence: say({
        kind: r.channel.kind,
        status: r.channel.status,
        providers: r.providers.map((p) => p.name),
        served: r.served.map((s) => s.name),
      }),
      evidenceIds: [r.channel.id, ...r.providers.map((p) => p.id)],
      topic: '',
    }));
  },
};
