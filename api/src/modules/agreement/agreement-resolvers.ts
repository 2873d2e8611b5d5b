import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { byDanishName } from '../../domain/danish.js';
import { paginate } from '../core/paginate.js';
import { linkResolvers, type Props } from '../core/links.js';
import { selectStatuses } from '../core/status-selection.js';
import { listAgreements, type AgreementFilter, type AgreementRecord, type ElementRecord } from './agreement-reader.js';

const agreementRecord = (a: Props, ctx: RequestContext): Promise<AgreementRecord | null> => ctx.loaders.agreement.load(a.id);
const elementRecord = (e: Props, ctx: RequestContext): Promise<ElementRecord | null> => ctx.loaders.element.load(e.id);

export const agreementResolvers = {
  Query: {
    agreements: async (_: unknown, args: { filter?: AgreementFilter | null; first?: number | null; after?: string | null }, ctx: RequestContext) =>
      paginate(await listAgreements(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    agreement: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.agreement.load(args.id);
      if (!found) throw notFound('agreement', args.id);
      return found.agreement;
    },
    element: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.element.load(args.id);
      if (!found) throw notFound('element', args.id);
      return found.element;
    },
  },
  Agreement: {
    version: (a: Props) => a.version ?? 1,
    elements: async (a: Props, _: unknown, ctx: RequestContext) => (await agreementRecord(a, ctx))?.elements ?? [],
    parties: async (a: Props, _: unknown, ctx: RequestContext) =>
      [...((await agreementRecord(a, ctx))?.parties ?? [])].sort((x, y) => byDanishName(x.organisation as Props, y.organisation as Props)),
    implementedBy: async (a: Props, _: unknown, ctx: RequestContext) => (await agreementRecord(a, ctx))?.implementedBy ?? [],
    mandates: async (a: Props, _: unknown, ctx: RequestContext) => (await agreementRecord(a, ctx))?.mandates ?? [],
  },
  Element: {
    version: (e: Props) => e.version ?? 1,
    agreement: async (e: Props, _: unknown, ctx: RequestContext) => (await elementRecord(e, ctx))?.agreement ?? null,
    statuses: async (e: Props, args: { latest?: boolean | null; organisationId?: string | null }, ctx: RequestContext) =>
      selectStatuses((await elementRecord(e, ctx))?.statuses ?? [], args),
    implementedBy: async (e: Props, _: unknown, ctx: RequestContext) => (await elementRecord(e, ctx))?.implementedBy ?? [],
    mandates: async (e: Props, _: unknown, ctx: RequestContext) => (await elementRecord(e, ctx))?.mandates ?? [],
  },
  AgreementParty: linkResolvers,
};
