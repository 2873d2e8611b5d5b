import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { notePersonalData } from '../core/access-notes.js';
import type { GraphQLResolveInfo } from 'graphql';
import { readGraph, type GraphFilter } from './graph-reader.js';
import { propertiesAsked } from './graph-selection.js';

export const graphResolvers = {
  Query: {
    graph: async (_: unknown, args: { filter?: GraphFilter }, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const personal = canSeePersonalData(ctx);
      // The web app's map asks for no properties: it is read without them (graph-selection.ts).
      const graph = await readGraph(ctx.db, ctx.queries, args.filter ?? {}, personal, propertiesAsked(info));
      if (personal) for (const n of graph.nodes) if (n.label === 'Person') notePersonalData(ctx, n.id, 'name');
      return graph;
    },
  },
};
