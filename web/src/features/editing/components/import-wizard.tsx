import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { importSpreadsheet, importTemplate, type ImportReport, type SpreadsheetKind } from '../api/import-spreadsheet';
import { errorInWords } from '../api/error-in-words';
import { forgetListedEntities } from '../api/search-entities';
import { te, type EditingKey } from '../i18n';
import { csvTemplate, SHEET_COLUMNS } from '../lib/csv-template';
import { importIssueText, isSheetIssue } from '../lib/import-issue-text';
import { EDIT_HOME } from '../lib/paths';
import { formatOf, MAX_SHEET_KB, readSheetFile, type SheetFile } from '../lib/read-sheet-file';

const KINDS: SpreadsheetKind[] = ['PEOPLE', 'ORGANISATIONS', 'MEMBERSHIPS'];

type Phase =
  | { step: 'choose' }
  | { step: 'checking' }
  | { step: 'checked'; report: ImportReport }
  | { step: 'committing'; report: ImportReport }
  | { step: 'done'; report: ImportReport };

const TEMPLATE_NAME: Record<SpreadsheetKind, string> = { PEOPLE: 'personer', ORGANISATIONS: 'organisationer', MEMBERSHIPS: 'medlemskaber' };

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Seconds since `running` turned true, so a long import shows that it is still working. */
function useElapsed(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/** Kind → file → dry run with every bad row → all-or-nothing import → result. */
export function ImportWizard() {
  const id = useId();
  const [kind, setKind] = useState<SpreadsheetKind>('PEOPLE');
  const [file, setFile] = useState<SheetFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const busy = phase.step === 'checking' || phase.step === 'committing';
  const elapsed = useElapsed(busy);

  const restart = (keepKind = true) => {
    setFile(null);
    setFileError(null);
    setError(null);
    setPhase({ step: 'choose' });
    setInputKey((k) => k + 1);
    if (!keepKind) setKind('PEOPLE');
  };

  async function downloadXlsx() {
    setError(null);
    try {
      download(await importTemplate(kind), `skabelon-${TEMPLATE_NAME[kind]}.xlsx`);
    } catch (err) {
      setError(te('import.templateError', { message: errorInWords(err) }));
    }
  }

  async function chooseFile(chosen: File | undefined) {
    setError(null);
    setPhase({ step: 'choose' });
    setFile(null);
    if (!chosen) return;
    const format = formatOf(chosen.name);
    if (!format) return setFileError(te('import.badFormat'));
    if (chosen.size > MAX_SHEET_KB * 1024) return setFileError(te('import.tooBig', { size: Math.ceil(chosen.size / 1024), max: MAX_SHEET_KB }));
    setFileError(null);
    setFile(await readSheetFile(chosen, format));
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setError(null);
    const previous = phase.step === 'checked' ? phase.report : null;
    setPhase(dryRun || !previous ? { step: 'checking' } : { step: 'committing', report: previous });
    try {
      const report = await importSpreadsheet(kind, file.format, file.content, dryRun);
      if (!dryRun && report.committed) forgetListedEntities();
      setPhase(dryRun || !report.committed ? { step: 'checked', report } : { step: 'done', report });
    } catch (err) {
      setError(te('import.error', { message: errorInWords(err) }));
      setPhase(previous ? { step: 'checked', report: previous } : { step: 'choose' });
    }
  }

  const report = phase.step === 'checked' || phase.step === 'committing' || phase.step === 'done' ? phase.report : null;
  const columns = SHEET_COLUMNS[kind].map((c) => `${c.header}${c.required ? '*' : ''}`).join(', ');

  return (
    <section className="card import" aria-labelledby={`${id}-heading`} data-testid="import-wizard" data-step={phase.step}>
      <h2 id={`${id}-heading`}>{te('import.heading')}</h2>
      <p className="muted">{te('import.intro')}</p>

      <fieldset className="import__step" disabled={busy || phase.step === 'done'}>
        <legend>{te('import.step1')}</legend>
        <div className="import__kinds">
          {KINDS.map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setPhase({ step: 'choose' });
                }}
              />
              <span>{te(`import.kind.${k}` as EditingKey)}</span>
            </label>
          ))}
        </div>
        <p className="field__hint">{te('import.columns', { columns })}</p>
        <p className="field__hint">{te('import.names')}</p>
        <div className="actions">
          <button type="button" className="text-button" onClick={() => void downloadXlsx()} data-testid="import-template">
            {te('import.template')}
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => download(new Blob([csvTemplate(kind)], { type: 'text/csv;charset=utf-8' }), `skabelon-${TEMPLATE_NAME[kind]}.csv`)}
          >
            {te('import.templateCsv')}
          </button>
        </div>
      </fieldset>

      <fieldset className="import__step" disabled={busy || phase.step === 'done'}>
        <legend>{te('import.step2')}</legend>
        <label className="field">
          <span className="field__label">{te('import.file')}</span>
          <input
            key={inputKey}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="field__input"
            data-testid="import-file"
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
        </label>
        {file && <p className="field__hint">{te('import.fileChosen', { name: file.name, size: file.sizeKb, format: file.format })}</p>}
        {fileError && (
          <p className="field__error" role="alert">
            {fileError}
          </p>
        )}
      </fieldset>

      <div className="import__step">
        <h3>{te('import.step3')}</h3>
        <button
          type="button"
          className="primary-button"
          disabled={!file || busy || phase.step === 'done'}
          onClick={() => void run(true)}
          data-testid="import-dry-run"
        >
          {phase.step === 'checking' ? te('import.checking') : te('import.dryRun')}
        </button>
        {phase.step === 'checking' && <Progress seconds={elapsed} />}
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {report && <ImportReportView report={report} />}
      </div>

      {report && report.issues.length === 0 && (
        <div className="import__step">
          <h3>{te('import.step4')}</h3>
          {phase.step === 'done' ? (
            <>
              <p className="notice notice--success" role="status" data-testid="import-done">
                {report.nodesCreated + report.nodesUpdated + report.relationshipsCreated + report.relationshipsUpdated === 0
                  ? te('import.nothingNew')
                  : te('import.done', {
                      seconds:
                        report.seconds < 0.01 ? '< 0,01' : report.seconds.toLocaleString('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                      nodesCreated: report.nodesCreated,
                      nodesUpdated: report.nodesUpdated,
                      relationshipsCreated: report.relationshipsCreated,
                      relationshipsUpdated: report.relationshipsUpdated,
                    })}
              </p>
              <div className="actions">
                <button type="button" className="text-button" onClick={() => restart()}>
                  {te('import.again')}
                </button>
                <Link href={EDIT_HOME} className="text-button">
                  {te('screen.find')}
                </Link>
              </div>
            </>
          ) : (
            <>
              <button type="button" className="primary-button" disabled={busy} onClick={() => void run(false)} data-testid="import-commit">
                {phase.step === 'committing' ? te('import.committing') : te('import.commit', { rows: report.rows })}
              </button>
              {phase.step === 'committing' && <Progress seconds={elapsed} />}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function Progress({ seconds }: { seconds: number }) {
  return (
    <p className="import__progress" role="status">
      <span className="spinner" aria-hidden="true" /> {seconds > 0 ? `${seconds} s` : ''}
    </p>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const ref = useRef<HTMLDivElement>(null);
  // The report appears below the fold at 1280×720; bring it up.
  // A block body: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new report is brought up, though the effect reads only the element
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
  }, [report]);
  return (
    <div ref={ref} className="import__report" data-testid="import-report" data-issues={report.issues.length}>
      <p data-testid="import-summary">{te('import.report', { rows: report.rows, valid: report.validRows })}</p>
      {report.issues.some(isSheetIssue) && <p className="notice notice--error">{te('import.sheetIssues')}</p>}
      {report.dryRun === false && !report.committed && <p className="notice notice--error">{te('import.notCommitted')}</p>}
      {report.issues.length === 0 ? (
        // Once written, step 4 says what was saved; "nothing saved yet" would contradict it.
        !report.committed && <p className="notice notice--success">{te('import.noIssues')}</p>
      ) : (
        <>
          <p className="notice notice--error" role="alert">
            {te('import.issues', { count: report.issues.length })}
          </p>
          <div className="import__table-wrap">
            <table className="import__issues">
              <thead>
                <tr>
                  <th scope="col">{te('import.row')}</th>
                  <th scope="col">{te('import.column')}</th>
                  <th scope="col">{te('import.message')}</th>
                </tr>
              </thead>
              <tbody>
                {report.issues.map((issue) => (
                  <tr key={`${issue.row}|${issue.column}|${issue.code}|${issue.message}`} data-row={issue.row} data-column={issue.column}>
                    <td>{issue.row === 0 ? te('import.fileRow') : issue.row}</td>
                    <td>{issue.column}</td>
                    <td>{importIssueText(issue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
