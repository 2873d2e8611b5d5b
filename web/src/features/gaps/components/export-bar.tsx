import { useState } from 'react';
import { exportGaps, fileBlob } from '../api/export-gaps';
import type { GapScopeInput } from '../api/types';
import { tgap } from '../i18n';

/** Take the report out: as a spreadsheet (XLSX or CSV, from the API) or printed (the print stylesheet). */
export function ExportBar({ scope }: { scope: GapScopeInput }) {
  const [busy, setBusy] = useState<'CSV' | 'XLSX' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'CSV' | 'XLSX') => {
    setBusy(format);
    setError(null);
    try {
      const file = await exportGaps(scope, format);
      const url = URL.createObjectURL(fileBlob(file));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form section with a legend
    <div className="export-bar" role="group" aria-label={tgap('export.label')}>
      <button type="button" className="text-button" onClick={() => void download('XLSX')} disabled={busy !== null} data-testid="export-xlsx">
        {busy === 'XLSX' ? tgap('export.busy') : tgap('export.xlsx')}
      </button>
      <button type="button" className="text-button" onClick={() => void download('CSV')} disabled={busy !== null} data-testid="export-csv">
        {busy === 'CSV' ? tgap('export.busy') : tgap('export.csv')}
      </button>
      <button type="button" className="text-button" onClick={() => window.print()} data-testid="export-print">
        {tgap('export.print')}
      </button>
      {error && (
        <p className="notice notice--error" role="alert">
          {tgap('export.error', { message: error })}
        </p>
      )}
    </div>
  );
}
