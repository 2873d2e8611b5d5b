import type { RequestContext } from '../../context.js';

/**
 * Named people's names, e-mails and phones are personal data (docs/DESIGN.md, "Personal data"): anonymous visitors
 * see organisations, channels and roles; the rest needs a signed-in user, unless the
 * deployment has made it public.
 */
export function canSeePersonalData(ctx: Pick<RequestContext, 'viewer' | 'settings'>): boolean {
  return ctx.viewer !== null || ctx.settings.personalDataPublic;
}
