import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { notePersonalData } from '../core/access-notes.js';
import { findNodesResolvers } from './find-nodes-resolvers.js';
import { search } from './search-reader.js';

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: { text: string; first?: number | null; labels?: string[] | null }, ctx: RequestContext) => {
      const personal = canSeePersonalData(ctx);
      const hits = await search(ctx.db, ctx.queries, args, personal);
      if (personal) for (const h of hits) if (h.label === 'Person') notePersonalData(ctx, h.id, 'name');
      return hits;
    },
    ...findNodesResolvers.Query,
  },
};
