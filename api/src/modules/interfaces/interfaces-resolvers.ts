import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import type { Language } from '../core/language.js';
import { canSeePersonalData } from '../core/privacy.js';
import { readInterfaces } from './interfaces-reader.js';

export const interfacesResolvers = {
  Query: {
    interfaces: (_: unknown, args: { organisationId: string; lang?: Language | null }, ctx: RequestContext) =>
      readInterfaces(ctx.db, ctx.queries, args.organisationId, todayInDenmark(), canSeePersonalData(ctx), args.lang ?? 'DA'),
  },
};
