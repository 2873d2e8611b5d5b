import type { RequestContext } from '../../context.js';
import { canSeePeople, todayInDenmark } from '../connection/wording.js';
import { readVejviser } from './vejviser-reader.js';

export const vejviserResolvers = {
  Query: {
    vejviser: (_: unknown, args: { municipalityId: string }, ctx: RequestContext) =>
      readVejviser(ctx.db, ctx.queries, args.municipalityId, todayInDenmark(), canSeePeople(ctx)),
  },
};
