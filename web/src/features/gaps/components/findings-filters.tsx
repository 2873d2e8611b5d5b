import { useId } from 'react';
import type { GapReport } from '../api/get-gaps';
import type { Severity } from '../api/types';
import { tgap } from '../i18n';
import { ALL_FINDINGS, type FindingFilter } from '../lib/filter-params';
import { SEVERITIES } from '../lib/group-findings';
import { SeverityBadge } from './severity-badge';

interface FindingsFiltersProps {
  report: GapReport;
  filter: FindingFilter;
  shown: number;
  onChange: (filter: FindingFilter) => void;
}

/** Severity check boxes with their counts and a rule list with each rule's count. */
export function FindingsFilters({ report, filter, shown, onChange }: FindingsFiltersProps) {
  const ruleSelect = useId();
  const toggle = (severity: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    onChange({ ...filter, severities: next });
  };
  const countOf = (severity: Severity) => report.bySeverity.find((s) => s.severity === severity)?.count ?? 0;
  const filtered = filter.ruleId !== '' || filter.severities.size < SEVERITIES.length;
  return (
    <section className="gaps-filters" aria-labelledby={`${ruleSelect}-heading`}>
      <h3 id={`${ruleSelect}-heading`} className="gaps-filters__heading">
        {tgap('filters.heading')}
      </h3>
      <fieldset className="gaps-filters__severities">
        <legend>{tgap('filters.severity')}</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} className="gaps-filters__check">
            <input type="checkbox" checked={filter.severities.has(severity)} onChange={() => toggle(severity)} data-severity={severity} />
            <SeverityBadge severity={severity} count={countOf(severity)} />
          </label>
        ))}
      </fieldset>
      <div className="gaps-filters__rule">
        <label htmlFor={ruleSelect}>{tgap('filters.rule')}</label>
        <select id={ruleSelect} value={filter.ruleId} onChange={(e) => onChange({ ...filter, ruleId: e.target.value })} data-testid="gaps-rule-filter">
          <option value="">{tgap('filters.allRules')}</option>
          {report.rules.map(({ rule, count }) => (
            <option key={rule.id} value={rule.id}>
              {rule.title} ({count})
            </option>
          ))}
        </select>
      </div>
      <p className="gaps-filters__showing" role="status">
        {tgap('filters.showing', { shown, total: report.total })}{' '}
        {filtered && (
          <button type="button" className="link-button" onClick={() => onChange(ALL_FINDINGS)}>
            {tgap('filters.reset')}
          </button>
        )}
      </p>
    </section>
  );
}
