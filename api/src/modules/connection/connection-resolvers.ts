import type { RequestContext } from '../../context.js';
import { findConnection } from '../core/connection-finder/connection-answer.js';
import { connectionWords } from '../core/connection-finder/connection-wording.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';

export const connectionResolvers = {
  Query: {
    connection: (
      _: unknown,
      args: { fromId: string; toId: string; maxHops?: number | null; alternatives?: number | null; lang?: 'DA' | 'EN' | null },
      ctx: RequestContext,
    ) =>
      findConnection(ctx.db, ctx.queries, args.fromId, args.toId, {
        maxHops: args.maxHops ?? 6,
        alternatives: args.alternatives ?? 3,
        day: todayInDenmark(),
        showNames: canSeePersonalData(ctx),
        words: connectionWords(args.lang),
      }),
  },
};
