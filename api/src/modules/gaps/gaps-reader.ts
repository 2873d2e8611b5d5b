import { checkDay } from '../core/dates.js';
import type { GraphDb } from '../../db/graph-db.js';
import { allAtOnce } from '../../db/at-once.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput } from '../../errors.js';
import { danishCollator } from '../../domain/danish.js';
import { PERSPECTIVES } from '../../domain/vocabulary.js';
import type { NodeRef } from '../core/node-ref.js';
import type { Language } from '../core/language.js';
import { SEVERITIES, runner, type GapFinding, type GapRuleDefinition, type Severity } from '../core/gap-finder/rule.js';
import { GAP_RULES } from './rules/index.js';
import { gapWords } from './words.js';
import { resolveScope, type ResolvedScope, type ScopeInput } from './scope.js';

export interface GapOptions {
  rules?: string[] | null;
  asOf: string;
  staleAfterDays: number;
  showNames: boolean;
  /** The language of the sentences and the explanation (Danish when left out). */
  lang?: Language;
}

export interface GapReport {
  scope: { kind: string; node: NodeRef | null; name: string };
  asOf: string;
  staleAfterDays: number;
  rules: Array<{ rule: GapRuleDefinition; count: number }>;
  bySeverity: Array<{ severity: Severity; count: number }>;
  total: number;
  findings: GapFinding[];
  groups: Array<{ rule: GapRuleDefinition; findings: GapFinding[] }>;
  explanation: string;
}

export const MAX_STALE_DAYS = 36_500;

function selectRules(ids: string[] | null | undefined): readonly GapRuleDefinition[] {
  if (ids == null) return GAP_RULES;
  const unknown = ids.filter((id) => !GAP_RULES.some((r) => r.id === id));
  if (unknown.length) {
    throw badInput(
      {
        en: `Unknown rules: ${unknown.join(', ')}. Known rules: ${GAP_RULES.map((r) => r.id).join(', ')}.`,
        da: `Ukendte regler: ${unknown.join(', ')}. Kendte regler: ${GAP_RULES.map((r) => r.id).join(', ')}.`,
      },
      [{ field: 'rules', message: `unknown rule id(s): ${unknown.join(', ')}`, da: `ukendte regel-id'er: ${unknown.join(', ')}` }],
    );
  }
  return GAP_RULES.filter((r) => ids.includes(r.id));
}

/**
 * gaps(scope): one statement for the scope, then each selected rule's own statements (one or
 * two each), all in one read transaction; the number of statements depends on the rules run,
 * never on the size of the data or of the answer.
 */
export async function findGaps(db: GraphDb, queries: QueryCatalog, scopeInput: ScopeInput, options: GapOptions): Promise<GapReport> {
  const asOf = checkDay(options.asOf, 'asOf');
  const { staleAfterDays } = options;
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 0 || staleAfterDays > MAX_STALE_DAYS) {
    throw badInput(
      {
        en: `"staleAfterDays" must be a whole number of days from 0 to ${MAX_STALE_DAYS}.`,
        da: `"staleAfterDays" skal være et helt antal dage mellem 0 og ${MAX_STALE_DAYS}.`,
      },
      [{ field: 'staleAfterDays', message: `must be an integer from 0 to ${MAX_STALE_DAYS}` }],
    );
  }
  const rules = selectRules(options.rules);
  return db.read(async (tx) => {
    const scope = await resolveScope(tx, queries, scopeInput);
    const run = runner(tx, queries);
    // The rules at once: they are independent reads of one snapshot; the findings stay in the
    // rules' order.
    const results = await allAtOnce(
      rules.map((rule) => rule.find({ run, scope: scope.params, asOf, staleAfterDays, showNames: options.showNames, lang: options.lang })),
    );
    return report(scope, rules, results.flat(), asOf, staleAfterDays, options.lang);
  }, READ_LANES);
}

/**
 * A report's statements run in this many transactions of one snapshot (GraphDb.read's lanes):
 * the embedded engine runs one transaction's statements one after another, so one transaction
 * left the second core idle while the rules' statements queued.
 */
const READ_LANES = { lanes: 2 };

function report(
  scope: ResolvedScope,
  rules: readonly GapRuleDefinition[],
  all: GapFinding[],
  asOf: string,
  staleAfterDays: number,
  lang?: Language,
): GapReport {
  // Ranks looked up once per finding, not per comparison (~1,000 findings for everything).
  const severityRank = new Map<string, number>(SEVERITIES.map((s, i) => [s, i]));
  const ruleRank = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const ranked = dedupe(all).map((f) => ({ f, severity: severityRank.get(f.severity) ?? -1, rule: ruleRank.get(f.ruleId) ?? -1 }));
  const findings = ranked
    .sort(
      (a, b) =>
        a.severity - b.severity || a.rule - b.rule || danishCollator.compare(a.f.subject.name, b.f.subject.name) || a.f.sentence.localeCompare(b.f.sentence),
    )
    .map((x) => x.f);
  const byRule = new Map<string, GapFinding[]>(rules.map((r) => [r.id, []]));
  for (const f of findings) byRule.get(f.ruleId)?.push(f);
  const counted = rules.map((rule) => ({ rule, count: byRule.get(rule.id)!.length }));
  const bySeverity = SEVERITIES.map((severity) => ({ severity, count: findings.filter((f) => f.severity === severity).length }));
  const groups = counted.filter((c) => c.count > 0).map((c) => ({ rule: c.rule, findings: byRule.get(c.rule.id)! }));
  return {
    scope: { kind: scope.kind, node: scope.node, name: scope.name },
    asOf,
    staleAfterDays,
    rules: counted,
    bySeverity,
    total: findings.length,
    findings,
    groups,
    explanation: explain(scope, rules.length, findings.length, bySeverity, counted, lang),
  };
}

/**
 * A rule may meet the same record twice (e.g. through two reporting bodies); keep one. The
 * subject is part of the key: for a visitor two people with the same title read alike, and
 * must not be taken for one (their findings would vanish from visitors' reports).
 */
function dedupe(findings: GapFinding[]): GapFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}|${f.subject.id}|${f.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function explain(
  scope: ResolvedScope,
  ruleCount: number,
  total: number,
  bySeverity: Array<{ severity: Severity; count: number }>,
  counted: Array<{ rule: GapRuleDefinition; count: number }>,
  lang?: Language,
): string {
  const words = gapWords(lang);
  const top = counted.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)[0];
  return words.explanation({
    everything: scope.kind === 'EVERYTHING',
    scopeName: scope.name,
    ruleCount,
    total,
    bySeverity,
    top: top ? { title: words.rules[top.rule.id].title, count: top.count } : null,
  });
}

// ---------------------------------------------------------------------------------------------
// representationMatrix(scope)

export type RepresentationState = 'REQUIRED_MISSING' | 'REQUIRED_PRESENT' | 'PRESENT' | 'NONE';

interface RepresentationRowIn {
  group: { id: string; name: string; kind?: string };
  required: string[];
  represents: string[][];
}

export async function representationMatrix(db: GraphDb, queries: QueryCatalog, scopeInput: ScopeInput, asOfIn: string) {
  const asOf = checkDay(asOfIn, 'asOf');
  return db.read(async (tx) => {
    const scope = await resolveScope(tx, queries, scopeInput);
    const rows = await tx.run<RepresentationRowIn>(queries.gapsRepresentation, { ...scope.params, asOf });
    return {
      scope: { kind: scope.kind, node: scope.node, name: scope.name },
      asOf,
      perspectives: [...PERSPECTIVES],
      rows: rows
        .map((r) => {
          const cells = PERSPECTIVES.map((perspective) => {
            const members = r.represents.filter((rep) => rep.includes(perspective)).length;
            const required = r.required.includes(perspective);
            const state: RepresentationState = required ? (members ? 'REQUIRED_PRESENT' : 'REQUIRED_MISSING') : members ? 'PRESENT' : 'NONE';
            return { perspective, state, members };
          });
          return {
            group: { id: r.group.id, label: 'Group', name: r.group.name, kind: r.group.kind ?? null, sector: null },
            cells,
            memberCount: r.represents.length,
            missingCount: cells.filter((c) => c.state === 'REQUIRED_MISSING').length,
          };
        })
        .sort((a, b) => danishCollator.compare(a.group.name, b.group.name)),
    };
  });
}
