import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { notePersonalData, PERSONAL_FIELDS } from '../core/access-notes.js';
import type { GraphQLResolveInfo } from 'graphql';
import { readGraph, type GraphFilter } from './graph-reader.js';
import { propertiesAsked } from './graph-selection.js';
import { readGraphNode } from './node-reader.js';

/** A person shown: the name always, the e-mail and phone when the node's properties hold them. */
function notePersonData(ctx: RequestContext, n: { id: string; properties?: Record<string, unknown> }): void {
  notePersonalData(ctx, n.id, 'name');
  for (const field of PERSONAL_FIELDS) if (field !== 'name' && n.properties?.[field] != null) notePersonalData(ctx, n.id, field);
}

export const graphResolvers = {
  Query: {
    graph: async (_: unknown, args: { filter?: GraphFilter }, ctx: RequestContext, info: GraphQLResolveInfo) => {
      const personal = canSeePersonalData(ctx);
      // The web app's map asks for no properties: it is read without them (graph-selection.ts).
      const graph = await readGraph(ctx.db, ctx.queries, args.filter ?? {}, personal, propertiesAsked(info));
      if (personal) for (const n of graph.nodes) if (n.label === 'Person') notePersonData(ctx, n);
      return graph;
    },
    graphNode: async (_: unknown, args: { id: string }, ctx: RequestContext) => {
      const personal = canSeePersonalData(ctx);
      const node = await readGraphNode(ctx.db, ctx.queries, args.id, personal);
      if (personal && node?.label === 'Person') notePersonData(ctx, node);
      return node;
    },
  },
};
