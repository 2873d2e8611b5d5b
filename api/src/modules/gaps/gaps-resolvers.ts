import type { RequestContext } from '../../context.js';
import { hasRole } from '../../auth/viewer.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import { findingFingerprint, findingKey } from './finding-key.js';
import {
  describeChange,
  followUpOf,
  followUpView,
  reopenFinding,
  saveFollowUp,
  signedIn,
  statusOf,
  type FollowUpInput,
  type FollowUpView,
} from './follow-up.js';
import { exportGaps, type ExportFormat } from './gaps-export.js';
import { findGaps, representationMatrix } from './gaps-reader.js';
import type { Language } from '../core/language.js';
import type { GapFinding, GapRuleDefinition } from '../core/gap-finder/rule.js';
import { GAP_RULES } from './rules/index.js';
import type { ScopeInput } from './scope.js';
import { gapWords } from './words.js';

/** A rule as the API shows it: titled and described in the language asked for. */
const ruleOut = (r: GapRuleDefinition, lang: Language | null | undefined) => ({ id: r.id, severity: r.severity, ...gapWords(lang).rules[r.id] });

/** The scope's name: a node's name is content; EVERYTHING is named in the language asked for. */
const scopeOut = <S extends { kind: string; name: string }>(s: S, lang: Language | null | undefined): S =>
  s.kind === 'EVERYTHING' ? { ...s, name: gapWords(lang).everything } : s;

interface GapsArgs {
  scope: ScopeInput;
  rules?: string[] | null;
  asOf?: string | null;
  staleAfterDays?: number | null;
  lang?: Language | null;
}

const report = (args: GapsArgs, ctx: RequestContext) =>
  findGaps(ctx.db, ctx.queries, args.scope, {
    rules: args.rules,
    asOf: args.asOf ?? todayInDenmark(),
    staleAfterDays: args.staleAfterDays ?? 365,
    showNames: canSeePersonalData(ctx),
    lang: args.lang ?? 'DA',
  }).then((r) => ({ ...r, scope: scopeOut(r.scope, args.lang) }));

export const gapsResolvers = {
  Query: {
    gaps: async (_: unknown, args: GapsArgs, ctx: RequestContext) => {
      const r = await report(args, ctx);
      return {
        ...r,
        rules: r.rules.map((c) => ({ rule: ruleOut(c.rule, args.lang), count: c.count })),
        groups: r.groups.map((g) => ({ rule: ruleOut(g.rule, args.lang), findings: g.findings })),
        followUpAllowed: hasRole(ctx.viewer, 'EDITOR'),
      };
    },
    gapRules: (_: unknown, args: { lang?: Language | null }) => GAP_RULES.map((r) => ruleOut(r, args.lang)),
    representationMatrix: async (_: unknown, args: { scope: ScopeInput; asOf?: string | null; lang?: Language | null }, ctx: RequestContext) => {
      const m = await representationMatrix(ctx.db, ctx.queries, args.scope, args.asOf ?? todayInDenmark());
      return { ...m, scope: scopeOut(m.scope, args.lang) };
    },
    gapsExport: async (_: unknown, args: GapsArgs & { format: ExportFormat }, ctx: RequestContext) =>
      exportGaps(ctx, await report(args, ctx), args.format, args.lang ?? 'DA'),
  },
  // Key and fingerprint are computed; the follow-up is read for every finding of the request at once (one statement, only when asked).
  GapFinding: {
    key: (f: GapFinding) => findingKey(f),
    fingerprint: (f: GapFinding) => findingFingerprint(f),
    status: async (f: GapFinding, _: unknown, ctx: RequestContext) => statusOf(f, await followUpOf(ctx, findingKey(f))),
    followUp: async (f: GapFinding, _: unknown, ctx: RequestContext) => followUpView(f, await followUpOf(ctx, findingKey(f)), signedIn(ctx)),
  },
  // What changed since a follow-up, in the language the field is asked in (follow-up-wording*.ts).
  GapFollowUp: {
    change: (v: FollowUpView, args: { lang?: Language | null }) => (v.changed ? describeChange(v.changed, args.lang ?? 'DA') : null),
  },
  Mutation: {
    followUpGap: (_: unknown, args: { input: FollowUpInput }, ctx: RequestContext) => saveFollowUp(ctx, args.input),
    reopenGap: (_: unknown, a: { key: string; version: number; asOf?: string | null; staleAfterDays?: number | null }, ctx: RequestContext) =>
      reopenFinding(ctx, a.key, a.version, a.asOf, a.staleAfterDays),
  },
};
