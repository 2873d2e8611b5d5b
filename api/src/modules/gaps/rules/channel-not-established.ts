import { CHANNEL_KIND_DA, CHANNEL_STATUS_DA, listDa } from '../../core/wording.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { channelRef, namesOrCount } from '../words.js';

type Org = { id: string; name: string; kind?: string; sector?: string };
interface Row {
  channel: { id: string; name: string; kind: string; status: string };
  providers: Org[];
  served: Org[];
}

export const channelNotEstablished: GapRuleDefinition = {
  id: 'channel-not-established',
  severity: 'MEDIUM',
  title: 'Kanal ikke etableret',
  description: 'En kanal (fx MedCom-korrespondance eller en telefonlinje) er kun planlagt eller under etablering, så kontakten må gå andre veje.',
  queries: ['gapsChannelNotEstablished'],
  async find({ run, scope }) {
    const rows = await run<Row>('gapsChannelNotEstablished', { ...scope });
    return rows.map((r) => {
      const kind = CHANNEL_KIND_DA[r.channel.kind] ?? r.channel.kind;
      const from = r.providers.length ? ` fra ${listDa(r.providers.map((p) => p.name))}` : '';
      const to = r.served.length
        ? ` til ${namesOrCount(
            r.served.map((s) => s.name),
            3,
            'organisationer',
          )}`
        : '';
      const status = CHANNEL_STATUS_DA[r.channel.status] ?? r.channel.status;
      return {
        ruleId: 'channel-not-established',
        severity: 'MEDIUM' as const,
        subject: channelRef(r.channel),
        sentence: `${capital(kind)}${from}${to} er ${status}; aftal en dato for, hvornår kanalen tages i brug.`,
        evidenceIds: [r.channel.id, ...r.providers.map((p) => p.id)],
      };
    });
  },
};

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}
