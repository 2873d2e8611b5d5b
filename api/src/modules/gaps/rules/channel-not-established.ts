import { byId } from '../../core/gap-finder/bridge-ties.js';
import { alignedColumns, type GapFinding, type GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, gapWords } from '../words.js';

type Org = { id: string; name: string };

/**
 * gaps/channel-not-established's row: the channels as columns (item i of each list one channel,
 * by id), each channel's providers and served organisations as an id list and a name list.
 */
interface ChannelColumns {
  columns: [
    ids: string[],
    names: string[],
    kinds: string[],
    statuses: string[],
    providerIds: string[][],
    providerNames: string[][],
    servedIds: string[][],
    servedNames: string[][],
  ];
}

export const channelNotEstablished: GapRuleDefinition = {
  id: 'channel-not-established',
  severity: 'MEDIUM',
  queries: ['gapsChannelNotEstablished'],
  async find({ run, scope, lang }) {
    const [row] = await run<ChannelColumns>('gapsChannelNotEstablished', { ...scope });
    const [ids, names, kinds, statuses, providerIds, providerNames, servedIds, servedNames] = alignedColumns(row!.columns, 'a channel without an id or status');
    const say = gapWords(lang).sentences['channel-not-established'];
    const findings: GapFinding[] = [];
    for (let i = 0; i < ids.length; i++) {
      const providers = organisations(providerIds[i]!, providerNames[i]!);
      findings.push({
        ruleId: 'channel-not-established',
        severity: 'MEDIUM' as const,
        subject: channelRef({ id: ids[i]!, name: names[i]!, kind: kinds[i] || undefined }),
        sentence: say({
          kind: kinds[i]!,
          status: statuses[i]!,
          providers: providers.map((p) => p.name),
          served: organisations(servedIds[i]!, servedNames[i]!).map((s) => s.name),
        }),
        evidenceIds: [ids[i]!, ...providers.map((p) => p.id)],
        topic: '',
      });
    }
    return findings;
  },
};

/** One channel's organisations, once each, by id (the order the runner gives lists of records). */
function organisations(ids: string[], names: string[]): Org[] {
  if (names.length !== ids.length) throw new Error('gaps: an organisation without a name (the domain requires one)');
  const byIdOnce = new Map<string, Org>();
  for (let j = 0; j < ids.length; j++) if (!byIdOnce.has(ids[j]!)) byIdOnce.set(ids[j]!, { id: ids[j]!, name: names[j]! });
  return [...byIdOnce.values()].sort((a, b) => byId(a.id, b.id));
}
