import type { RequestContext } from '../../context.js';
import { findConnection } from './connection-reader.js';
import { canSeePeople, todayInDenmark } from './wording.js';

export const connectionResolvers = {
  Query: {
    connection: (_: unknown, args: { fromId: string; toId: string; maxHops?: number | null; alternatives?: number | null }, ctx: RequestContext) =>
      findConnection(ctx.db, ctx.queries, args.fromId, args.toId, {
        maxHops: args.maxHops ?? 6,
        alternatives: args.alternatives ?? 3,
        day: todayInDenmark(),
        showNames: canSeePeople(ctx),
      }),
  },
};
