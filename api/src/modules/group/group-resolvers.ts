import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { byDanishName } from '../../domain/danish.js';
import { MEMBER_ROLES } from '../../domain/vocabulary.js';
import { paginate } from '../core/paginate.js';
import { isCurrent, todayInDenmark } from '../core/dates.js';
import { linkResolvers, resolveTagged, type Props } from '../core/links.js';
import { listGroups, type GroupFilter, type GroupRecord } from './group-reader.js';

const record = (g: Props, ctx: RequestContext): Promise<GroupRecord | null> => ctx.loaders.group.load(g.id);
const field =
  <K extends keyof GroupRecord>(key: K) =>
  async (g: Props, _: unknown, ctx: RequestContext) =>
    (await record(g, ctx))?.[key] ?? [];

const roleRank = (m: Props) => MEMBER_ROLES.indexOf((m.role ?? 'MEMBER') as (typeof MEMBER_ROLES)[number]);
const byRoleThenName = (a: Props, b: Props) => roleRank(a) - roleRank(b) || byDanishName(a.person as Props, b.person as Props);

export const groupResolvers = {
  Query: {
    groups: async (_: unknown, args: { filter?: GroupFilter | null; first?: number | null; after?: string | null }, ctx: RequestContext) =>
      paginate(await listGroups(ctx.db, ctx.queries, args.filter ?? {}), args.first, args.after),
    group: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.group.load(args.id);
      if (!found) throw notFound('group', args.id);
      return found.group;
    },
  },
  Group: {
    version: (g: Props) => g.version ?? 1,
    requiredPerspectives: (g: Props) => g.requiredPerspectives ?? [],
    missingPerspectives: async (g: Props, _: unknown, ctx: RequestContext) => {
      const today = todayInDenmark();
      const members = (await record(g, ctx))?.members ?? [];
      const represented = new Set(members.filter((m) => isCurrent(m.since, m.until, today)).flatMap((m) => (m.represents as string[] | undefined) ?? []));
      return ((g.requiredPerspectives as string[] | undefined) ?? []).filter((p) => !represented.has(p));
    },
    members: async (g: Props, _: unknown, ctx: RequestContext) => [...((await record(g, ctx))?.members ?? [])].sort(byRoleThenName),
    reportsTo: field('reportsTo'),
    reportedBy: field('reportedBy'),
    anchoredIn: field('anchoredIn'),
    secretariat: field('secretariat'),
    secretariatFor: field('secretariatFor'),
    mandates: field('mandates'),
    mandatesGranted: field('mandatesGranted'),
    implements: field('implements'),
  },
  GroupRelation: linkResolvers,
  OrganisationRelation: linkResolvers,
  SecretariatRelation: linkResolvers,
  Implementation: linkResolvers,
  SecretariatProvider: resolveTagged,
  ImplementationTarget: resolveTagged,
};
