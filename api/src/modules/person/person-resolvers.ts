import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { canSeePersonalData } from '../core/privacy.js';
import { notePersonalData } from '../core/access-notes.js';
import { todayInDenmark } from '../core/dates.js';
import { linkResolvers, type Props } from '../core/links.js';
import { listPeople, type PersonFilter, type PersonRecord } from './person-reader.js';
import { selectsOnNodes } from './page-selection.js';

/** Person fields read from the person's record (person/by-ids), not from the list's rows. */
const RECORD_FIELDS = new Set(['worksIn', 'fixedContactFor', 'memberships', 'mandates', 'isFixedContact']);
const record = (p: Props, ctx: RequestContext): Promise<PersonRecord | null> => ctx.loaders.person.load(p.id);
const personal = (field: 'name' | 'email' | 'phone') => (p: Props, _: unknown, ctx: RequestContext) => {
  if (!canSeePersonalData(ctx)) return null;
  const value = p[field] ?? null;
  if (value !== null) notePersonalData(ctx, p.id as string, field);
  return value;
};

export const personResolvers = {
  Query: {
    people: async (
      _: unknown,
      args: { filter?: PersonFilter | null; first?: number | null; after?: string | null },
      ctx: RequestContext,
      info: GraphQLResolveInfo,
    ) => {
      // Asked for, the people's relationships come with the page (one statement instead of two)
      // and their records go to the loader, which the fields below read.
      const withLinks = selectsOnNodes(info, RECORD_FIELDS);
      const { records, ...page } = await listPeople(ctx.db, ctx.queries, args.filter ?? {}, args.first, args.after, canSeePersonalData(ctx), withLinks);
      for (const r of records) ctx.loaders.person.prime(r.person.id, r);
      return page;
    },
    person: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const found = await ctx.loaders.person.load(args.id);
      if (!found) throw notFound('person', args.id);
      return found.person;
    },
  },
  Person: {
    name: personal('name'),
    email: personal('email'),
    phone: personal('phone'),
    version: (p: Props) => p.version ?? 1,
    // Rows of a list carry no relationships; the loader fetches them for all rows in one statement.
    worksIn: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.worksIn ?? [],
    fixedContactFor: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.contactFor ?? [],
    memberships: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.memberships ?? [],
    mandates: async (p: Props, _: unknown, ctx: RequestContext) => (await record(p, ctx))?.mandates ?? [],
    isFixedContact: async (p: Props, _: unknown, ctx: RequestContext) => {
      const today = todayInDenmark();
      return ((await record(p, ctx))?.contactFor ?? []).some((c) => !(typeof c.until === 'string' && c.until < today));
    },
  },
  Employment: linkResolvers,
  ContactAssignment: {
    ...linkResolvers,
    pathways: async (c: Props & { pathwayIds: string[] }, _: unknown, ctx: RequestContext) =>
      (await ctx.loaders.pathway.loadMany(c.pathwayIds)).flatMap((r) => (r && !(r instanceof Error) ? [r.pathway] : [])),
  },
  Membership: {
    ...linkResolvers,
    role: (m: Props) => m.role ?? 'MEMBER',
    represents: (m: Props) => m.represents ?? [],
    onBehalfOf: (m: Props, _: unknown, ctx: RequestContext) => (typeof m.onBehalfOf === 'string' ? ctx.loaders.organisation.load(m.onBehalfOf) : null),
  },
};
