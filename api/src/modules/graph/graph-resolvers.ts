import type { RequestContext } from '../../context.js';
import { canSeePersonalData } from '../core/privacy.js';
import { readGraph, type GraphFilter } from './graph-reader.js';

export const graphResolvers = {
  Query: {
    graph: (_: unknown, args: { filter?: GraphFilter }, ctx: RequestContext) =>
      readGraph(ctx.db, ctx.queries, args.filter ?? {}, canSeePersonalData(ctx)),
  },
};
