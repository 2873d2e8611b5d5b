import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { paginate } from '../core/paginate.js';
import { todayInDenmark } from '../core/dates.js';
import { linkResolvers, resolveTagged, type Props } from '../core/links.js';
import { listMandates, type MandateFilter, type MandateRecord } from './mandate-reader.js';

const record = (m: Props, ctx: RequestContext): Promise<MandateRecord | null> => ctx.loaders.mandate.load(m.id);
const field =
  <K extends Exclude<keyof MandateRecord, 'mandate'>>(key: K) =>
  async (m: Props, _: unknown, ctx: RequestContext) =>
    (await record(m, ctx))?.[key] ?? [];

export const mandateResolvers = {
  Query: {
    mandates: async (_: unknown, args: { filter?: MandateFilter | null; first?: number | null; after?: string | null }, ctx: RequestContext) =>
      paginate(await listMandates(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    mandate: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.mandate.load(args.id);
      if (!found) throw notFound('mandate', args.id);
      return found.mandate;
    },
  },
  Mandate: {
    version: (m: Props) => m.version ?? 1,
    expired: (m: Props) => typeof m.validTo === 'string' && m.validTo < todayInDenmark(),
    holders: field('holders'),
    grantedBy: field('grantedBy'),
    concerns: field('concerns'),
  },
  MandateHolding: linkResolvers,
  MandateGrant: linkResolvers,
  MandateConcern: linkResolvers,
  MandateHolder: resolveTagged,
  MandateSubject: resolveTagged,
};
