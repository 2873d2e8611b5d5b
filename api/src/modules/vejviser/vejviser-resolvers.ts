import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import type { Language } from '../core/language.js';
import { readVejviser } from './vejviser-reader.js';

export const vejviserResolvers = {
  Query: {
    vejviser: (_: unknown, args: { municipalityId: string; lang?: Language | null }, ctx: RequestContext) =>
      readVejviser(ctx.db, ctx.queries, args.municipalityId, todayInDenmark(), canSeePersonalData(ctx), args.lang ?? 'DA'),
  },
};
