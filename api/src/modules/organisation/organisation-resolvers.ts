import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { paginate } from '../core/paginate.js';
import { listOrganisations, type OrganisationFilter, type OrganisationProps } from './organisation-reader.js';

export const organisationResolvers = {
  Query: {
    organisations: async (_: unknown, args: { filter?: OrganisationFilter; first?: number; after?: string }, ctx: RequestContext) =>
      paginate(await listOrganisations(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    organisation: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.organisation.load(args.id);
      if (!found) throw notFound('organisation', args.id);
      return found;
    },
  },
  Organisation: {
    version: (o: OrganisationProps) => o.version ?? 1,
    // Rows from lists carry no links; the loader fetches them for all rows in one statement.
    parents: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await ctx.loaders.organisation.load(o.id))?.parents ?? [],
    children: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await ctx.loaders.organisation.load(o.id))?.children ?? [],
  },
};
