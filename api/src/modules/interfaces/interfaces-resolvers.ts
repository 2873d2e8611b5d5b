import type { RequestContext } from '../../context.js';
import { canSeePeople, todayInDenmark } from '../connection/wording.js';
import { readInterfaces } from './interfaces-reader.js';

export const interfacesResolvers = {
  Query: {
    interfaces: (_: unknown, args: { organisationId: string }, ctx: RequestContext) =>
      readInterfaces(ctx.db, ctx.queries, args.organisationId, todayInDenmark(), canSeePeople(ctx)),
  },
};
