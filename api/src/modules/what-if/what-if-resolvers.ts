import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import type { Language } from '../core/language.js';
import { whatIf } from './what-if-reader.js';

export const whatIfResolvers = {
  Query: {
    whatIf: (_: unknown, a: { subjectId: string; asOf?: string | null; lang?: Language | null }, ctx: RequestContext) =>
      whatIf(ctx.db, ctx.queries, a.subjectId, a.asOf ?? todayInDenmark(), canSeePersonalData(ctx), a.lang ?? 'DA'),
  },
};
