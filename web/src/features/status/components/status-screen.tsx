import { useId, useMemo, useState } from 'react';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useStatusChanges } from '../api/get-status-changes';
import { useStatusMatrix, type StatusMatrix } from '../api/get-status-matrix';
import { useStatusOptions, type AgreementOption } from '../api/get-status-options';
import { useStatusParams } from '../hooks/use-status-params';
import { useLastAnswer } from '../hooks/use-last-answer';
import { tst } from '../i18n';
import { formatDate, isIsoDay } from '../lib/dates';
import { CellDetails } from './cell-details';
import { DateControls } from './date-controls';
import { StatusChangesPanel } from './status-changes';
import { StatusLegend } from './status-legend';
import { StatusTable, type ActiveCell } from './status-table';
import { ReportDialog } from './report-dialog';
import { canReport, useStatusViewer } from '../api/get-viewer';
import './status.css';

/** The agreement in the address, else the first with statuses (the cooperation agreement in the seed). */
function chooseAgreement(agreements: AgreementOption[], id: string | null): AgreementOption | undefined {
  return agreements.find((a) => a.id === id) ?? agreements.find((a) => a.statusDates.length > 0) ?? agreements[0];
}

/** The last stop before `date`: by default "what changed" compares with the previous report. */
function previousStop(stops: string[], date: string): string | null {
  return [...stops].reverse().find((s) => s < date) ?? null;
}

/** The API answers NOT_FOUND for a cluster none of the agreement's municipalities is in. */
const isNotFound = (error: Error) => error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';

/** Puts the focus on a cell of the matrix by `${organisationId}|${elementId}`. */
function focusCell(key: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="status-matrix"] button[data-cell="${CSS.escape(key)}"]`)?.focus());
}

const todayInDenmark = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * /status: the traffic lights of an agreement, municipalities × elements, as of a date chosen
 * with a slider over the report days or a date field, with what changed since an earlier date.
 */
export function StatusScreen() {
  const [params, setParams] = useStatusParams();
  const loaded = useStatusOptions();
  // Read again after a report (a new day on the slider): the last answer stays on screen meanwhile.
  const options = useLastAnswer(loaded);
  const ids = useId();
  const [active, setActive] = useState<ActiveCell | null>(null);
  // The cell whose reports are open, with the matrix it was opened from: the dialog stays open
  // while the matrix is read again after a report.
  const [open, setOpen] = useState<{ cell: ActiveCell; matrix: StatusMatrix } | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const viewer = useStatusViewer();

  const agreement = options.status === 'success' ? chooseAgreement(options.data.agreements, params.agreement) : undefined;
  const stops = agreement?.statusDates ?? [];
  const date = params.date && isIsoDay(params.date) ? params.date : (stops[stops.length - 1] ?? todayInDenmark());
  const cluster = options.status === 'success' && options.data.clusters.some((c) => c.id === params.cluster) ? params.cluster : null;
  const from = params.from && isIsoDay(params.from) ? params.from : previousStop(stops, date);

  const matrix = useStatusMatrix(agreement ? { agreementId: agreement.id, asOf: date, clusterId: cluster } : null);
  const changes = useStatusChanges(agreement && from && from < date ? { agreementId: agreement.id, from, to: date, clusterId: cluster } : null);
  const changed = useMemo(
    () => new Set(changes.status === 'success' ? changes.data.changes.map((c) => `${c.organisation.id}|${c.element.id}`) : []),
    [changes],
  );

  return (
    <main id="main" className="screen status" data-testid="status-screen">
      <div className="screen__column status__inner">
        <header className="status__top">
          <h2 className="status__heading">{tst('status.heading')}</h2>
          <p className="muted">{tst('status.intro')}</p>
        </header>

        {options.status === 'loading' && <p role="status">{tst('options.loading')}</p>}
        {options.status === 'error' && (
          <div className="notice notice--error" role="alert">
            {tst('options.error', { message: options.error.message })}{' '}
            <button type="button" className="text-button" onClick={loaded.reload}>
              {tst('matrix.retry')}
            </button>
          </div>
        )}
        {options.status === 'success' && !agreement && <p className="notice">{tst('options.none')}</p>}

        {options.status === 'success' && agreement && (
          <>
            <div className="status__controls">
              <div className="status__pickers">
                <div className="status-field">
                  <label htmlFor={`${ids}-agreement`}>{tst('agreement.label')}</label>
                  <select
                    id={`${ids}-agreement`}
                    value={agreement.id}
                    data-testid="status-agreement"
                    onChange={(e) => setParams({ agreement: e.target.value, date: null, from: null })}
                  >
                    {options.data.agreements.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.statusDates.length > 0 ? a.name : tst('agreement.noStatus', { name: a.name })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="status-field">
                  <label htmlFor={`${ids}-cluster`}>{tst('cluster.label')}</label>
                  <select
                    id={`${ids}-cluster`}
                    value={cluster ?? ''}
                    data-testid="status-cluster"
                    onChange={(e) => setParams({ cluster: e.target.value || null })}
                  >
                    <option value="">{tst('cluster.all')}</option>
                    {options.data.clusters.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </div>

            {/* The slider and what changed side by side: moving the date shows its changes in view. */}
            <div className="status__timeline">
              <DateControls stops={stops} date={date} onChange={(next, o) => setParams({ date: next, from: null }, o)} />
              {stops.length > 0 && (
                <StatusChangesPanel
                  from={from}
                  to={date}
                  state={changes}
                  onFromChange={(next) => setParams({ from: next })}
                  onHighlight={setHighlighted}
                  onShow={(organisationId, elementId) => {
                    setActive({ organisationId, elementId });
                    focusCell(`${organisationId}|${elementId}`);
                  }}
                />
              )}
            </div>

            {matrix.status === 'success' && matrix.data.rows.length > 0 && (
              <StatusLegend legend={matrix.data.legend} changesSince={changes.status === 'success' ? from : null} />
            )}

            <section className="status__matrix" aria-labelledby={`${ids}-asof`}>
              <h3 id={`${ids}-asof`} className="status__subheading">
                {tst('date.asOf', { date: formatDate(date) })}
              </h3>
              {matrix.status === 'loading' && (
                <p role="status" className="status__loading">
                  {tst('matrix.loading', { date: formatDate(date) })}
                </p>
              )}
              {matrix.status === 'error' && cluster && isNotFound(matrix.error) && (
                <div className="notice notice--warning" role="alert" data-testid="status-cluster-outside">
                  {tst('matrix.clusterOutside', { cluster: options.data.clusters.find((c) => c.id === cluster)?.name ?? cluster })}{' '}
                  <button type="button" className="text-button" onClick={() => setParams({ cluster: null })}>
                    {tst('cluster.all')}
                  </button>
                </div>
              )}
              {matrix.status === 'error' && !(cluster && isNotFound(matrix.error)) && (
                <div className="notice notice--error" role="alert">
                  {tst('matrix.error', { message: matrix.error.message })}{' '}
                  <button type="button" className="text-button" onClick={matrix.reload}>
                    {tst('matrix.retry')}
                  </button>
                </div>
              )}
              {matrix.status === 'success' &&
                (matrix.data.rows.length === 0 ? (
                  <p className="notice" data-testid="status-empty">
                    {tst('matrix.empty', { agreement: matrix.data.agreement.name })}
                  </p>
                ) : (
                  <>
                    <p className="status__summary" data-testid="status-summary">
                      {matrix.data.summary}
                    </p>
                    <StatusTable
                      matrix={matrix.data}
                      changed={changed}
                      active={active}
                      onActivate={setActive}
                      onOpen={(cell) => setOpen({ cell, matrix: matrix.data })}
                      highlighted={highlighted}
                      detailsId={`${ids}-details`}
                    />
                    <CellDetails id={`${ids}-details`} matrix={matrix.data} active={active} />
                  </>
                ))}
            </section>
          </>
        )}
        {open && (
          <ReportDialog
            matrix={open.matrix}
            cell={open.cell}
            canReport={viewer.status === 'success' && canReport(viewer.data)}
            onClose={() => {
              // Back to the cell (drawn anew if the matrix was read again meanwhile).
              const key = `${open.cell.organisationId}|${open.cell.elementId}`;
              setOpen(null);
              focusCell(key);
            }}
            onSaved={(asOf) => {
              // The new report may be a new day on the slider, a new colour and a change.
              loaded.reload();
              matrix.reload();
              changes.reload();
              // Following the latest day (no date chosen), the dialog follows it to the new report.
              if (!params.date) setOpen((o) => (o && asOf > o.matrix.asOf ? { ...o, matrix: { ...o.matrix, asOf } } : o));
            }}
          />
        )}
      </div>
    </main>
  );
}
