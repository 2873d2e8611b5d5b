import type { RequestContext } from '../../context.js';
import { appVersion } from '../../version.js';

export const coreResolvers = {
  Query: {
    about: (_: unknown, __: unknown, ctx: RequestContext) => ({ version: appVersion, engine: ctx.db.engine }),
  },
};
