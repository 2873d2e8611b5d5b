import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { byDanishName } from '../../domain/danish.js';
import { paginate } from '../core/paginate.js';
import { linkResolvers, type Props } from '../core/links.js';
import { listChannels, type ChannelFilter, type ChannelRecord } from './channel-reader.js';

const record = (c: Props, ctx: RequestContext): Promise<ChannelRecord | null> => ctx.loaders.channel.load(c.id);
const byOrganisationName = (a: Props, b: Props) => byDanishName(a.organisation as Props, b.organisation as Props);

export const channelResolvers = {
  Query: {
    channels: async (_: unknown, args: { filter?: ChannelFilter | null; first?: number | null; after?: string | null }, ctx: RequestContext) =>
      paginate(await listChannels(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    channel: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.channel.load(args.id);
      if (!found) throw notFound('channel', args.id);
      return found.channel;
    },
  },
  Channel: {
    version: (c: Props) => c.version ?? 1,
    providers: async (c: Props, _: unknown, ctx: RequestContext) => [...((await record(c, ctx))?.providers ?? [])].sort(byOrganisationName),
    serves: async (c: Props, _: unknown, ctx: RequestContext) => [...((await record(c, ctx))?.serves ?? [])].sort(byOrganisationName),
  },
  ChannelRelation: linkResolvers,
};
