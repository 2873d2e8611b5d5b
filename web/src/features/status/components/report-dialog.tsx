import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import type { StatusMatrix } from '../api/get-status-matrix';
import { useCellReports, type CellReportEntry } from '../api/get-cell-reports';
import { reportStatus, ReportError, type FieldProblem } from '../api/report-status';
import type { StatusLevel } from '../api/types';
import { DanishText } from '../../../i18n/danish-text';
import { tst } from '../i18n';
import { formatDate } from '../lib/dates';
import { LEVEL_SYMBOL } from '../lib/levels';
import { parseDanishDate } from '../lib/typed-date';
import type { ActiveCell } from './status-table';

interface Props {
  matrix: StatusMatrix;
  cell: ActiveCell;
  /** Editors and admins get the form; everyone reads the reports. */
  canReport: boolean;
  onClose: () => void;
  /** A report was saved: the matrix, the slider's days and the changes are read again. */
  onSaved: (asOf: string) => void;
}

const todayInDenmark = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
/** One per opened form. getRandomValues, not randomUUID: the latter exists only on https or localhost. */
const newReportId = () => `rel:status:${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/**
 * One cell of the matrix in a modal dialog: every report it has had, newest first (the one the
 * matrix shows marked), and for an editor the form for a NEW dated report: level, date (typed
 * the Danish way or picked), note and source. Nothing earlier is changed by saving.
 */
export function ReportDialog({ matrix, cell, canReport, onClose, onSaved }: Props) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [revision, setRevision] = useState(0);
  const reports = useCellReports({ organisationId: cell.organisationId, elementId: cell.elementId, asOf: matrix.asOf }, revision);
  const row = matrix.rows.find((r) => r.organisation.id === cell.organisationId);
  const index = matrix.elements.findIndex((e) => e.id === cell.elementId);
  const element = matrix.elements[index];
  const current = row?.cells[index] ?? null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  if (!row || !element) return null;
  const title = tst('report.title', { municipality: row.organisation.name, number: element.number, element: element.name });

  return (
    <dialog ref={ref} className="status-dialog" aria-labelledby={`${id}-title`} data-testid="status-report-dialog" onClose={onClose}>
      <div className="status-dialog__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="text-button" onClick={() => ref.current?.close()}>
          {tst('report.close')}
        </button>
      </div>
      {canReport ? (
        <ReportForm
          legend={matrix.legend}
          initialLevel={current?.level ?? null}
          organisationId={cell.organisationId}
          elementId={cell.elementId}
          onSaved={(asOf) => {
            setRevision((r) => r + 1);
            onSaved(asOf);
          }}
        />
      ) : (
        <p className="muted" data-testid="status-report-sign-in">
          {tst('report.signIn')} <Link href="/rediger">{tst('report.signInLink')}</Link>
        </p>
      )}
      <section aria-labelledby={`${id}-history`} className="status-dialog__history">
        <h3 id={`${id}-history`}>{tst('report.history', { date: formatDate(matrix.asOf) })}</h3>
        {reports.status === 'error' && (
          <p className="notice notice--error" role="alert">
            {tst('report.historyError', { message: reports.error.message })}
          </p>
        )}
        {reports.status === 'success' ? (
          <ReportList entries={reports.data} legend={matrix.legend} asOf={matrix.asOf} />
        ) : (
          reports.status !== 'error' && <p role="status">{tst('report.historyLoading')}</p>
        )}
      </section>
    </dialog>
  );
}

function ReportList({ entries, legend, asOf }: { entries: CellReportEntry[]; legend: StatusMatrix['legend']; asOf: string }) {
  if (!entries.length) return <p className="muted">{tst('report.none')}</p>;
  return (
    <ol className="status-reports" data-testid="status-reports">
      {entries.map(({ report, inForce, afterDate }) => (
        <li
          key={report.id}
          className={`status-reports__entry${inForce ? ' status-reports__entry--current' : ''}`}
          data-report={report.id}
          data-in-force={inForce ? 'true' : undefined}
        >
          <p>
            <span aria-hidden="true" className={`status-reports__symbol status-cell--${report.level.toLowerCase()}`}>
              {LEVEL_SYMBOL[report.level]}
            </span>{' '}
            <strong>{report.colour}</strong> – {legend.find((l) => l.level === report.level)?.label ?? ''}
            {', '}
            {tst('report.asOf', { date: formatDate(report.asOf) })}
            {inForce && <span className="badge">{tst('report.inForce', { date: formatDate(asOf) })}</span>}
            {afterDate && <span className="badge badge--muted">{tst('report.afterDate')}</span>}
          </p>
          {/* Note and source are what was reported (Danish content): marked as Danish on an English page. */}
          {report.note && (
            <p>
              {tst('details.note')}: <DanishText>{report.note}</DanishText>
            </p>
          )}
          {report.source && (
            <p className="muted">
              {tst('details.source')}: <DanishText>{report.source}</DanishText>
            </p>
          )}
          {report.recordedAt && (
            <p className="muted">
              {tst('report.recordedAt', { time: new Date(report.recordedAt).toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen' }) })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

interface FormProps {
  legend: StatusMatrix['legend'];
  initialLevel: StatusLevel | null;
  organisationId: string;
  elementId: string;
  onSaved: (asOf: string) => void;
}

function ReportForm({ legend, initialLevel, organisationId, elementId, onSaved }: FormProps) {
  const id = useId();
  const [level, setLevel] = useState<StatusLevel | null>(initialLevel);
  const [dateText, setDateText] = useState(() => todayInDenmark());
  const [note, setNote] = useState('');
  const [source, setSource] = useState('');
  const [reportId, setReportId] = useState(newReportId);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const parsed = parseDanishDate(dateText);
  const problemOf = (field: string) => problems.find((p) => p.field === field);
  // A field's problem goes when its value changes; the API says again on the next save.
  const clearProblem = (field: string) => setProblems((ps) => (ps.some((p) => p.field === field) ? ps.filter((p) => p.field !== field) : ps));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    setError(null);
    const local: FieldProblem[] = [];
    if (!level) local.push({ field: 'level', message: tst('report.levelMissing'), da: tst('report.levelMissing') });
    if (!parsed) local.push({ field: 'asOf', message: tst('report.dateInvalid'), da: tst('report.dateInvalid') });
    setProblems(local);
    if (local.length || !level || !parsed) return;
    setBusy(true);
    try {
      const result = await reportStatus({ organisationId, elementId, level, asOf: parsed, note: note.trim() || null, source: source.trim() || null, reportId });
      setSaved(tst('report.saved', { date: formatDate(result.report.asOf) }));
      // The next save is another report, not a repeat of this one.
      setReportId(newReportId());
      setNote('');
      onSaved(result.report.asOf);
    } catch (err) {
      if (err instanceof ReportError) {
        setProblems(err.issues);
        setError(err.code === 'NETWORK' ? tst('report.network') : err.message);
      } else setError(String(err));
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: string, hint?: string) => [hint, problemOf(field) ? `${id}-${field}-problem` : undefined].filter(Boolean).join(' ') || undefined;
  const problemText = (field: string) => {
    const p = problemOf(field);
    return p ? (
      <span id={`${id}-${field}-problem`} className="status-form__problem">
        {p.da ?? p.message}
      </span>
    ) : null;
  };

  return (
    <form className="status-form" onSubmit={(e) => void submit(e)} noValidate data-testid="status-report-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{tst('report.new')}</h3>
      <p className="muted">{tst('report.newHint')}</p>
      <fieldset className="status-form__levels" aria-describedby={describedBy('level')}>
        <legend>{tst('report.level')}</legend>
        {legend.map((l) => (
          <label key={l.level} className={`status-form__level status-cell--${l.level.toLowerCase()}`}>
            <input
              type="radio"
              name={`${id}-level`}
              value={l.level}
              checked={level === l.level}
              onChange={() => {
                setLevel(l.level);
                clearProblem('level');
              }}
            />
            <span aria-hidden="true">{LEVEL_SYMBOL[l.level]}</span> <span>{l.colour}</span> – {l.label}
          </label>
        ))}
        {problemText('level')}
      </fieldset>
      <div className="status-form__dates">
        <div className="status-field">
          <label htmlFor={`${id}-date`}>{tst('report.date')}</label>
          <input
            id={`${id}-date`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={dateText}
            aria-invalid={problemOf('asOf') ? true : undefined}
            aria-describedby={describedBy('asOf', `${id}-date-hint`)}
            data-testid="status-report-date"
            onChange={(e) => {
              setDateText(e.target.value);
              clearProblem('asOf');
            }}
          />
          <span id={`${id}-date-hint`} className="status-form__hint">
            {parsed ? tst('report.dateRead', { date: formatDate(parsed) }) : tst('report.dateHint')}
          </span>
          {problemText('asOf')}
        </div>
        <div className="status-field">
          <label htmlFor={`${id}-picker`}>{tst('report.picker')}</label>
          <input
            id={`${id}-picker`}
            type="date"
            value={parsed ?? ''}
            max={todayInDenmark()}
            data-testid="status-report-picker"
            onChange={(e) => {
              if (!e.target.value) return;
              setDateText(e.target.value);
              clearProblem('asOf');
            }}
          />
        </div>
      </div>
      <div className="status-field">
        <label htmlFor={`${id}-note`}>{tst('report.note')}</label>
        <textarea id={`${id}-note`} rows={3} maxLength={2000} value={note} aria-describedby={describedBy('note')} onChange={(e) => setNote(e.target.value)} />
        {problemText('note')}
      </div>
      <div className="status-field">
        <label htmlFor={`${id}-source`}>{tst('report.source')}</label>
        <input
          id={`${id}-source`}
          type="text"
          maxLength={200}
          value={source}
          aria-describedby={describedBy('source')}
          onChange={(e) => setSource(e.target.value)}
        />
        {problemText('source')}
      </div>
      {error && (
        <p className="notice notice--error" role="alert" data-testid="status-report-error">
          {error}
        </p>
      )}
      <p role="status" className="status-form__saved" data-testid="status-report-saved">
        {saved}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {busy ? tst('report.saving') : tst('report.save')}
      </button>
    </form>
  );
}
