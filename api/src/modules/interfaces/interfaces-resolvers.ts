import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import { readInterfaces } from './interfaces-reader.js';

export const interfacesResolvers = {
  Query: {
    interfaces: (_: unknown, args: { organisationId: string }, ctx: RequestContext) =>
      readInterfaces(ctx.db, ctx.queries, args.organisationId, todayInDenmark(), canSeePersonalData(ctx)),
  },
};
