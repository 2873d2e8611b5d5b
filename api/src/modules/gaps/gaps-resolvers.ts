import type { RequestContext } from '../../context.js';
import { hasRole } from '../../auth/viewer.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import { findingFingerprint, findingKey } from './finding-key.js';
import { followUpOf, followUpView, reopenFinding, saveFollowUp, signedIn, statusOf, type FollowUpInput } from './follow-up.js';
import { exportGaps, type ExportFormat } from './gaps-export.js';
import { findGaps, representationMatrix } from './gaps-reader.js';
import type { GapFinding } from '../core/gap-finder/rule.js';
import { GAP_RULES } from './rules/index.js';
import type { ScopeInput } from './scope.js';

const ruleOut = (r: (typeof GAP_RULES)[number]) => ({ id: r.id, severity: r.severity, title: r.title, description: r.description });

interface GapsArgs {
  scope: ScopeInput;
  rules?: string[] | null;
  asOf?: string | null;
  staleAfterDays?: number | null;
}

const report = (args: GapsArgs, ctx: RequestContext) =>
  findGaps(ctx.db, ctx.queries, args.scope, {
    rules: args.rules,
    asOf: args.asOf ?? todayInDenmark(),
    staleAfterDays: args.staleAfterDays ?? 365,
    showNames: canSeePersonalData(ctx),
  });

export const gapsResolvers = {
  Query: {
    gaps: async (_: unknown, args: GapsArgs, ctx: RequestContext) => {
      const r = await report(args, ctx);
      return {
        ...r,
        rules: r.rules.map((c) => ({ rule: ruleOut(c.rule), count: c.count })),
        groups: r.groups.map((g) => ({ rule: ruleOut(g.rule), findings: g.findings })),
        followUpAllowed: hasRole(ctx.viewer, 'EDITOR'),
      };
    },
    gapRules: () => GAP_RULES.map(ruleOut),
    representationMatrix: (_: unknown, args: { scope: ScopeInput; asOf?: string | null }, ctx: RequestContext) =>
      representationMatrix(ctx.db, ctx.queries, args.scope, args.asOf ?? todayInDenmark()),
    gapsExport: async (_: unknown, args: GapsArgs & { format: ExportFormat }, ctx: RequestContext) => exportGaps(ctx, await report(args, ctx), args.format),
  },
  // Key and fingerprint are computed; the follow-up is read for every finding of the request at once (one statement, only when asked).
  GapFinding: {
    key: (f: GapFinding) => findingKey(f),
    fingerprint: (f: GapFinding) => findingFingerprint(f),
    status: async (f: GapFinding, _: unknown, ctx: RequestContext) => statusOf(f, await followUpOf(ctx, findingKey(f))),
    followUp: async (f: GapFinding, _: unknown, ctx: RequestContext) => followUpView(f, await followUpOf(ctx, findingKey(f)), signedIn(ctx)),
  },
  Mutation: {
    followUpGap: (_: unknown, args: { input: FollowUpInput }, ctx: RequestContext) => saveFollowUp(ctx, args.input),
    reopenGap: (_: unknown, a: { key: string; version: number; asOf?: string | null; staleAfterDays?: number | null }, ctx: RequestContext) =>
      reopenFinding(ctx, a.key, a.version, a.asOf, a.staleAfterDays),
  },
};
