import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { paginate } from '../core/paginate.js';
import { byDanishName } from '../../domain/danish.js';
import type { Props } from '../core/links.js';
import { selectStatuses } from '../core/status-selection.js';
import { listOrganisations, type OrganisationFilter, type OrganisationProps, type OrganisationRelations } from './organisation-reader.js';

/** The organisation's side of its links: the far ends come from one batched statement, the near end is `o`. */
const related = async <K extends keyof OrganisationRelations>(o: OrganisationProps, key: K, ctx: RequestContext): Promise<Props[]> =>
  ((await ctx.loaders.organisationRelations.load(o.id))?.[key] ?? []).map((l) => ({ ...l, organisation: o }));
const byFar = (key: string) => (a: Props, b: Props) => byDanishName(a[key] as Props, b[key] as Props);

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
    people: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await related(o, 'people', ctx)).sort(byFar('person')),
    contacts: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await related(o, 'contacts', ctx)).sort(byFar('person')),
    groups: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await related(o, 'groups', ctx)).sort(byFar('group')),
    channels: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await related(o, 'channels', ctx)).sort(byFar('channel')),
    agreements: async (o: OrganisationProps, _: unknown, ctx: RequestContext) => (await related(o, 'agreements', ctx)).sort(byFar('agreement')),
    statuses: async (o: OrganisationProps, args: { latest?: boolean | null }, ctx: RequestContext) =>
      selectStatuses(await related(o, 'statuses', ctx), { latest: args.latest }),
  },
};
