import type { ReactNode } from 'react';
import type { StatusMatrix } from '../api/get-status-matrix';
import { DanishText } from '../../../i18n/danish-text';
import { tst } from '../i18n';
import { formatDate } from '../lib/dates';
import type { ActiveCell } from './status-table';

/** The details line under the table: the focused or pointed-at cell's status, date, note and source, read aloud politely. */
export function CellDetails({ id, matrix, active }: { id: string; matrix: StatusMatrix; active: ActiveCell | null }) {
  const row = active && matrix.rows.find((r) => r.organisation.id === active.organisationId);
  const index = active ? matrix.elements.findIndex((e) => e.id === active.elementId) : -1;
  const element = index >= 0 ? matrix.elements[index] : undefined;
  let body: ReactNode = <p className="muted">{tst('details.hint')}</p>;
  if (row && element) {
    const cell = row.cells[index] ?? null;
    const base = { municipality: row.organisation.name, number: element.number, element: element.name };
    const label = cell ? (matrix.legend.find((l) => l.level === cell.level)?.label ?? '') : '';
    body = cell ? (
      <>
        <p className="status-details__main">
          <strong>{tst('details.status', { ...base, colour: cell.colour, label })}</strong>{' '}
          {cell.ageDays > 0
            ? tst('details.reported', { date: formatDate(cell.asOf), days: cell.ageDays })
            : tst('details.reportedSameDay', { date: formatDate(cell.asOf) })}
        </p>
        {/* Note and source are what was reported (Danish content): marked as Danish on an English page. */}
        {cell.note && (
          <p>
            {tst('details.note')}: <DanishText>{cell.note}</DanishText>
          </p>
        )}
        {cell.source && (
          <p className="muted">
            {tst('details.source')}: <DanishText>{cell.source}</DanishText>
          </p>
        )}
        {cell.inferred && <p className="muted">{tst('details.inferred')}</p>}
      </>
    ) : (
      <p className="status-details__main">{tst('details.noStatus', { ...base, date: formatDate(matrix.asOf) })}</p>
    );
  }
  return (
    <div id={id} className="status-details" aria-live="polite" data-testid="status-details">
      {body}
    </div>
  );
}
