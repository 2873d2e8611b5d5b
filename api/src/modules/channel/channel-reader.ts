import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { byDanishName } from '../../domain/danish.js';
import { SEARCH_FOLD, foldParam, foldText } from '../core/text-fold.js';
import { clean, link, links, type Props } from '../core/links.js';

export interface ChannelFilter {
  kinds?: string[] | null;
  statuses?: string[] | null;
  organisationId?: string | null;
  text?: string | null;
}

export interface ChannelRecord {
  channel: Props;
  providers: Props[];
  serves: Props[];
}

export async function listChannels(db: QueryRunner, queries: QueryCatalog, filter: ChannelFilter): Promise<Props[]> {
  const text = filter.text ? foldText(filter.text) : '';
  const rows = await db.run<{ channel: Props }>(queries.channelList, {
    kinds: filter.kinds?.length ? filter.kinds : null,
    statuses: filter.statuses?.length ? filter.statuses : null,
    organisationId: filter.organisationId ?? null,
    text: text || null,
    fold: foldParam(SEARCH_FOLD),
  });
  return rows.map((r) => clean(r.channel)).sort(byDanishName);
}

export async function channelsByIds(db: QueryRunner, queries: QueryCatalog, ids: string[]): Promise<Map<string, ChannelRecord>> {
  const rows = await db.run<Record<string, unknown> & { channel: Props }>(queries.channelsByIds, { ids });
  return new Map(
    rows.map((r) => {
      const channel = clean(r.channel);
      return [
        channel.id,
        {
          channel,
          providers: links<Props>(r.providers).map((x) => ({ ...link(x, 'channel', channel, ['organisation']), relation: 'PROVIDES' })),
          serves: links<Props>(r.serves).map((x) => ({ ...link(x, 'channel', channel, ['organisation']), relation: 'SERVES' })),
        },
      ];
    }),
  );
}
