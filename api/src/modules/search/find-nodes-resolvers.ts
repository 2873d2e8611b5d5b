import type { RequestContext } from '../../context.js';
import { notePersonalData } from '../core/access-notes.js';
import { canSeePersonalData } from '../core/privacy.js';
import { findNodes } from './find-nodes-reader.js';

export const findNodesResolvers = {
  Query: {
    findNodes: async (_: unknown, args: { text: string; first?: number | null; labels?: string[] | null }, ctx: RequestContext) => {
      const personal = canSeePersonalData(ctx);
      const hits = await findNodes(ctx.db, ctx.queries, args, personal);
      if (personal) for (const h of hits) if (h.label === 'Person') notePersonalData(ctx, h.id, 'name');
      return hits;
    },
  },
};
