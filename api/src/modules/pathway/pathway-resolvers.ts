import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { byDanishName } from '../../domain/danish.js';
import { paginate } from '../core/paginate.js';
import type { Props } from '../core/links.js';
import { inLanguage, type Language } from '../core/language.js';
import { listPathways, type PathwayFilter, type PathwayRecord } from './pathway-reader.js';

type LangArgs = { lang?: Language | null };

/** A pathway's or step's text in the language asked for, Danish when no English is recorded. */
const localized = {
  name: (p: Props, { lang }: LangArgs) => inLanguage(p, 'name', lang).text,
  nameLanguage: (p: Props, { lang }: LangArgs) => inLanguage(p, 'name', lang).language,
  description: (p: Props, { lang }: LangArgs) => inLanguage(p, 'description', lang).text,
};

const record = (p: Props, ctx: RequestContext): Promise<PathwayRecord | null> => ctx.loaders.pathway.load(p.id);

export const pathwayResolvers = {
  Query: {
    pathways: async (_: unknown, args: { filter?: PathwayFilter | null; first?: number | null; after?: string | null }, ctx: RequestContext) =>
      paginate(await listPathways(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    pathway: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.pathway.load(args.id);
      if (!found) throw notFound('pathway', args.id);
      return found.pathway;
    },
  },
  Pathway: {
    ...localized,
    version: (p: Props) => p.version ?? 1,
    topics: (p: Props) => p.topics ?? [],
    steps: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.steps ?? [],
    mandates: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.mandates ?? [],
    contacts: async (p: Props, _: unknown, ctx: RequestContext) =>
      [...(await ctx.loaders.pathwayContacts.load(p.id))].sort((a, b) => byDanishName(a.organisation as Props, b.organisation as Props)),
  },
  Step: {
    ...localized,
    version: (s: Props) => s.version ?? 1,
    pathway: async (s: Props, _: unknown, ctx: RequestContext) => {
      const found = await ctx.loaders.pathway.load(String(s.pathwayId));
      if (!found) throw notFound('pathway', String(s.pathwayId));
      return found.pathway;
    },
  },
};
