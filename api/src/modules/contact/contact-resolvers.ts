import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import { findContact, type ContactArgs } from '../core/contact-finder/contact-answer.js';

export const contactResolvers = {
  Query: {
    findContact: (_: unknown, args: ContactArgs, ctx: RequestContext) => findContact(ctx.db, ctx.queries, args, todayInDenmark(), canSeePersonalData(ctx)),
  },
};
