import type { RequestContext } from '../../context.js';
import { canSeePeople, todayInDenmark } from '../connection/wording.js';
import { findContact, type ContactArgs } from './contact-answer.js';

export const contactResolvers = {
  Query: {
    findContact: (_: unknown, args: ContactArgs, ctx: RequestContext) =>
      findContact(ctx.db, ctx.queries, args, todayInDenmark(), canSeePeople(ctx)),
  },
};
