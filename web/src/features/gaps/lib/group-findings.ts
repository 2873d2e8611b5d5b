import type { GapFinding, GapRule } from '../api/get-gaps';
import type { Severity } from '../api/types';

export const SEVERITIES: Severity[] = ['HIGH', 'MEDIUM', 'LOW'];

export interface RuleGroup {
  rule: GapRule;
  findings: GapFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

/**
 * The findings by severity, then rule, in the report's own rule order (the API sorts rules by
 * severity then id, findings by subject); rules and severities without findings are left out.
 */
export function groupFindings(findings: readonly GapFinding[], rules: readonly GapRule[]): SeverityGroup[] {
  const byRule = new Map<string, GapFinding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  return SEVERITIES.map((severity) => {
    const groups = rules.filter((rule) => rule.severity === severity && byRule.has(rule.id)).map((rule) => ({ rule, findings: byRule.get(rule.id)! }));
    return { severity, rules: groups, count: groups.reduce((n, g) => n + g.findings.length, 0) };
  }).filter((group) => group.count > 0);
}
