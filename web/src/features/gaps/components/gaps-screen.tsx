import { useSearchParams } from 'wouter';
import { useGaps } from '../api/get-gaps';
import { useRepresentationMatrix } from '../api/get-representation-matrix';
import { useScopeOptions } from '../api/get-scope-options';
import { tgap } from '../i18n';
import { formatDate } from '../lib/dates';
import { findOption, resolveScope, SCOPE_PARAM } from '../lib/scope';
import { readFilter, writeFilter, type FindingFilter } from '../lib/filter-params';
import { FindingsFilters } from './findings-filters';
import { ExportBar } from './export-bar';
import { FindingsReport } from './findings-report';
import { RepresentationLegend, RepresentationMatrix } from './representation-matrix';
import { RuleCounts } from './rule-counts';
import { ScopePicker } from './scope-picker';
import { SeverityBadge } from './severity-badge';
import './gaps.css';

/**
 * /huller: the gap report for a cluster, a municipality, a group or the whole region (the
 * scope's id in the address, so a steering group can share it), then the representation matrix.
 */
export function GapsScreen() {
  const [params, setParams] = useSearchParams();
  const scopeId = params.get(SCOPE_PARAM) ?? '';
  const options = useScopeOptions();
  const scope = options.status === 'success' ? resolveScope(scopeId, options.data) : undefined;
  const report = useGaps(scope ?? null);
  const matrix = useRepresentationMatrix(scope ?? null);
  const filter = readFilter(params);
  // Filtering is a refinement of the same view: it replaces the history entry instead of adding one.
  const setFilter = (next: FindingFilter) => setParams((prev) => writeFilter(prev, next), { replace: true });

  const scopeName =
    report.status === 'success'
      ? report.data.scope.name
      : scopeId === ''
        ? tgap('scope.everything').toLowerCase()
        : (options.status === 'success' && findOption(scopeId, options.data)?.name) || scopeId;

  const shownFindings =
    report.status === 'success'
      ? report.data.findings.filter((f) => filter.severities.has(f.severity) && (filter.ruleId === '' || f.ruleId === filter.ruleId))
      : [];

  const chooseScope = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set(SCOPE_PARAM, id);
      else next.delete(SCOPE_PARAM);
      return next;
    });

  return (
    <main id="main" className="screen gaps" data-testid="gaps-screen">
      <div className="screen__column gaps__inner">
        <header className="gaps__top">
          <div>
            <h2 className="gaps__heading">{tgap('gaps.heading')}</h2>
            <p className="muted">{tgap('gaps.intro')}</p>
          </div>
          {options.status === 'success' && <ScopePicker options={options.data} value={scope ? scopeId : ''} onChange={chooseScope} />}
        </header>

        {options.status === 'loading' && <p role="status">{tgap('scope.loading')}</p>}
        {options.status === 'error' && (
          <div className="notice notice--error" role="alert">
            {tgap('scope.error', { message: options.error.message })}{' '}
            <button type="button" className="text-button" onClick={options.reload}>
              {tgap('state.retry')}
            </button>
          </div>
        )}
        {options.status === 'success' && !scope && (
          <p className="notice notice--warning" role="alert">
            {tgap('scope.unknown', { id: scopeId })}
          </p>
        )}

        {report.status === 'loading' && (
          <p className="gaps__loading" role="status" data-testid="gaps-loading">
            {tgap('state.loading', { scope: scopeName })}
          </p>
        )}
        {report.status === 'error' && (
          <div className="notice notice--error" role="alert">
            {tgap('state.error', { message: report.error.message })}{' '}
            <button type="button" className="text-button" onClick={report.reload}>
              {tgap('state.retry')}
            </button>
          </div>
        )}
        {report.status === 'success' && (
          <section className="gaps__report" aria-labelledby="gaps-summary-heading" data-testid="gaps-report" data-scope={report.data.scope.node?.id ?? ''}>
            <h3 id="gaps-summary-heading" className="visually-hidden">
              {tgap('summary.heading')}
            </h3>
            <div className="gaps-summary">
              <p className="gaps-summary__explanation">{report.data.explanation}</p>
              <p className="gaps-summary__counts">
                <strong>{tgap('summary.total', { count: report.data.total })}</strong>
                {report.data.bySeverity.map((s) => (
                  <SeverityBadge key={s.severity} severity={s.severity} count={s.count} />
                ))}
                <span className="muted">{tgap('summary.asOf', { date: formatDate(report.data.asOf) })}</span>
              </p>
              {scope && report.data.total > 0 && <ExportBar scope={scope} />}
            </div>
            {report.data.total === 0 ? (
              <p className="notice" data-testid="gaps-empty">
                {tgap('state.empty', { scope: report.data.scope.name })}
              </p>
            ) : (
              <div className="gaps__columns">
                <aside className="gaps__side">
                  <FindingsFilters report={report.data} filter={filter} shown={shownFindings.length} onChange={setFilter} />
                  <RuleCounts report={report.data} />
                </aside>
                <div className="gaps__findings">
                  {shownFindings.length === 0 ? (
                    <p className="notice">{tgap('state.filteredEmpty', { hidden: report.data.total })}</p>
                  ) : (
                    <FindingsReport
                      report={report.data}
                      findings={shownFindings}
                      context={{ scope: report.data.scope, followUpAllowed: report.data.followUpAllowed, onChanged: report.reload }}
                    />
                  )}
                </div>
              </div>
            )}
          </section>
        )}

        {scope && (
          <section className="gaps__matrix" aria-labelledby="representation-heading">
            <h3 id="representation-heading" className="gaps__subheading">
              {tgap('matrix.heading')}
            </h3>
            <p className="muted">{tgap('matrix.intro', { scope: scopeName })}</p>
            {matrix.status === 'loading' && <p role="status">{tgap('matrix.loading')}</p>}
            {matrix.status === 'error' && (
              <div className="notice notice--error" role="alert">
                {tgap('matrix.error', { message: matrix.error.message })}{' '}
                <button type="button" className="text-button" onClick={matrix.reload}>
                  {tgap('state.retry')}
                </button>
              </div>
            )}
            {matrix.status === 'success' &&
              (matrix.data.rows.length === 0 ? (
                <p className="notice">{tgap('matrix.empty', { scope: matrix.data.scope.name })}</p>
              ) : (
                <>
                  <RepresentationLegend />
                  <RepresentationMatrix matrix={matrix.data} />
                </>
              ))}
          </section>
        )}
      </div>
    </main>
  );
}
