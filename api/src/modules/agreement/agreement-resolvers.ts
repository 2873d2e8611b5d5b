import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { byDanishName } from '../../domain/danish.js';
import { paginate } from '../core/paginate.js';
import { linkResolvers, type Props } from '../core/links.js';
import { listAgreements, type AgreementFilter, type AgreementRecord, type ElementRecord } from './agreement-reader.js';

const agreementRecord = (a: Props, ctx: RequestContext): Promise<AgreementRecord | null> => ctx.loaders.agreement.load(a.id);
const elementRecord = (e: Props, ctx: RequestContext): Promise<ElementRecord | null> => ctx.loaders.element.load(e.id);

/** Newest first; on the same day, by organisation name. */
const newestFirst = (a: Props, b: Props) =>
  String(b.asOf ?? '').localeCompare(String(a.asOf ?? '')) || byDanishName(a.organisation as Props, b.organisation as Props);

export function selectStatuses(statuses: Props[], options: { latest?: boolean | null; organisationId?: string | null }): Props[] {
  let out = [...statuses].sort(newestFirst);
  if (options.organisationId) out = out.filter((s) => (s.organisation as Props).id === options.organisationId);
  if (options.latest) {
    const seen = new Set<string>();
    out = out.filter((s) => {
      const key = `${(s.organisation as Props).id}|${(s.element as Props).id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return out;
}

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
