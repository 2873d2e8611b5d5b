import type { GapFinding, GapReport } from '../api/get-gaps';
import { tgap } from '../i18n';
import { groupFindings } from '../lib/group-findings';
import { FindingCard, type FindingContext } from './finding-card';
import { SeverityBadge } from './severity-badge';

/** The findings under a heading per severity, then per rule with its description and count. */
export function FindingsReport({ report, findings, context }: { report: GapReport; findings: GapFinding[]; context: FindingContext }) {
  const groups = groupFindings(
    findings,
    report.rules.map((r) => r.rule),
  );
  return (
    <div className="findings-report">
      {groups.map((group) => (
        <section key={group.severity} className="findings-severity" data-severity={group.severity} aria-labelledby={`severity-${group.severity}`}>
          <h3 id={`severity-${group.severity}`} className="findings-severity__heading">
            <SeverityBadge severity={group.severity} text={tgap('severity.heading', { severity: tgap(`severity.${group.severity}`) })} />{' '}
            <span className="findings-severity__count">{tgap('rule.count', { count: group.count })}</span>
          </h3>
          {group.rules.map(({ rule, findings: ruleFindings }) => (
            <section key={rule.id} className="findings-rule" data-rule={rule.id} aria-labelledby={`rule-${rule.id}`}>
              <h4 id={`rule-${rule.id}`} className="findings-rule__heading">
                {rule.title} <span className="findings-rule__count">({tgap('rule.count', { count: ruleFindings.length })})</span>
              </h4>
              <p className="findings-rule__description">{rule.description}</p>
              <ul className="findings-rule__list">
                {ruleFindings.map((finding) => (
                  <FindingCard key={finding.key} finding={finding} context={context} />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
