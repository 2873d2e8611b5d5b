import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { search } from './search-reader.js';

export const searchResolvers = {
  Query: {
    search: (_: unknown, args: { text: string; first?: number | null; labels?: string[] | null }, ctx: RequestContext) =>
      search(ctx.db, ctx.queries, args, canSeePersonalData(ctx)),
  },
};
