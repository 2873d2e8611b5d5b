import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { tVocab } from '../../../i18n';
import { exportCsv } from '../api/export-csv';
import { errorInWords } from '../api/error-in-words';
import { te } from '../i18n';
import { entityHref, IMPORT_PATH, newEntityHref } from '../lib/paths';
import { NODE_LABELS, type NodeLabel } from '../lib/vocabulary';
import { EntityPicker } from './entity-picker';

/** Where editing starts: choose a type, find the entity, or create a new one. */
export function StartPage() {
  const id = useId();
  const [label, setLabel] = useState<NodeLabel>('Channel');
  const [, navigate] = useLocation();
  const name = tVocab('label', label).toLowerCase();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  async function download() {
    setExporting(true);
    setExportError(null);
    try {
      const csv = await exportCsv(label);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${label.toLowerCase()}-${new Date().toISOString().slice(0, 10)}.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      setExportError(errorInWords(err));
    } finally {
      setExporting(false);
    }
  }
  return (
    <section className="card start" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{te('screen.find')}</h2>
      <p className="muted">{te('start.intro')}</p>
      <div className="start__row">
        <div className="field start__label">
          <label className="field__label" htmlFor={`${id}-label`}>
            {te('start.label')}
          </label>
          <select id={`${id}-label`} className="field__input" value={label} onChange={(e) => setLabel(e.target.value as NodeLabel)} data-testid="start-label">
            {NODE_LABELS.map((l) => (
              <option key={l} value={l}>
                {tVocab('label', l)}
              </option>
            ))}
          </select>
        </div>
        <div className="start__picker">
          <EntityPicker
            key={label}
            label={te('start.search', { label: name })}
            labels={[label]}
            value={null}
            autoFocus
            testId="start-picker"
            onChange={(hit) => hit && navigate(entityHref(hit.label, hit.id))}
          />
        </div>
      </div>
      <div className="actions">
        <Link href={newEntityHref(label)} className="text-button">
          + {te('start.create', { label: name })}
        </Link>
        <Link href={IMPORT_PATH} className="text-button">
          {te('screen.import')}
        </Link>
        <button type="button" className="text-button" onClick={() => void download()} disabled={exporting}>
          {exporting ? te('start.exporting') : te('start.export', { label: name })}
        </button>
      </div>
      {exportError && (
        <p className="notice notice--error" role="alert">
          {exportError}
        </p>
      )}
    </section>
  );
}
