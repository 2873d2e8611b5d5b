import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import { findGaps, representationMatrix } from './gaps-reader.js';
import { GAP_RULES } from './rules/index.js';
import type { ScopeInput } from './scope.js';

const ruleOut = (r: (typeof GAP_RULES)[number]) => ({ id: r.id, severity: r.severity, title: r.title, description: r.description });

export const gapsResolvers = {
  Query: {
    gaps: async (
      _: unknown,
      args: { scope: ScopeInput; rules?: string[] | null; asOf?: string | null; staleAfterDays?: number | null },
      ctx: RequestContext,
    ) => {
      const r = await findGaps(ctx.db, ctx.queries, args.scope, {
        rules: args.rules,
        asOf: args.asOf ?? todayInDenmark(),
        staleAfterDays: args.staleAfterDays ?? 365,
        showNames: canSeePersonalData(ctx),
      });
      return {
        ...r,
        rules: r.rules.map((c) => ({ rule: ruleOut(c.rule), count: c.count })),
        groups: r.groups.map((g) => ({ rule: ruleOut(g.rule), findings: g.findings })),
      };
    },
    gapRules: () => GAP_RULES.map(ruleOut),
    representationMatrix: (_: unknown, args: { scope: ScopeInput; asOf?: string | null }, ctx: RequestContext) =>
      representationMatrix(ctx.db, ctx.queries, args.scope, args.asOf ?? todayInDenmark()),
  },
};
