import type { GapReport } from '../api/get-gaps';
import { tgap } from '../i18n';
import { SeverityBadge } from './severity-badge';

/** Every rule that was run and how many findings it gave, zeros included: a quiet rule is news too. */
export function RuleCounts({ report }: { report: GapReport }) {
  return (
    <table className="rule-counts" data-testid="gaps-rule-counts">
      <caption>{tgap('rules.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{tgap('filters.rule')}</th>
          <th scope="col" className="rule-counts__severity">
            {tgap('filters.severity')}
          </th>
          <th scope="col" className="rule-counts__number">
            #
          </th>
        </tr>
      </thead>
      <tbody>
        {report.rules.map(({ rule, count }) => (
          <tr key={rule.id} data-rule={rule.id} className={count === 0 ? 'rule-counts__row--zero' : undefined}>
            <th scope="row" title={rule.description}>
              {rule.title}
            </th>
            <td>
              <SeverityBadge severity={rule.severity} />
            </td>
            <td className="rule-counts__number">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
