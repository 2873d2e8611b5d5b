import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { notePersonalData } from '../core/access-notes.js';
import { readGraph, type GraphFilter } from './graph-reader.js';

export const graphResolvers = {
  Query: {
    graph: async (_: unknown, args: { filter?: GraphFilter }, ctx: RequestContext) => {
      const personal = canSeePersonalData(ctx);
      const graph = await readGraph(ctx.db, ctx.queries, args.filter ?? {}, personal);
      if (personal) for (const n of graph.nodes) if (n.label === 'Person') notePersonalData(ctx, n.id, 'name');
      return graph;
    },
  },
};
