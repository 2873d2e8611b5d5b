import { Link } from 'wouter';
import type { StatusMatrix } from '../api/get-status-matrix';
import type { StatusCell } from '../api/types';
import { tst } from '../i18n';
import { formatDate } from '../lib/dates';
import { mapHref } from '../lib/map-href';
import { moveInGrid } from '../lib/grid-keys';
import { LEVEL_SYMBOL, NO_STATUS_SYMBOL } from '../lib/levels';

export interface ActiveCell {
  organisationId: string;
  elementId: string;
}

interface StatusTableProps {
  matrix: StatusMatrix;
  /** `${organisationId}|${elementId}` of the cells whose level changed since the from-date. */
  changed: ReadonlySet<string>;
  active: ActiveCell | null;
  onActivate: (cell: ActiveCell) => void;
  /** Click or Enter on a cell: its reports, and for an editor the form for a new one. */
  onOpen: (cell: ActiveCell) => void;
  /** `${organisationId}|${elementId}` of the cell a change in the changes list points at. */
  highlighted: string | null;
  /** The id of the details line every cell button is described by. */
  detailsId: string;
}

/** A cell's text for screen readers and the title tooltip: colour, meaning, date and note. */
export function cellSummary(cell: StatusCell | null, legend: StatusMatrix['legend']): string {
  if (!cell) return tst('matrix.noStatus');
  const label = legend.find((l) => l.level === cell.level)?.label ?? '';
  return [`${cell.colour} – ${label}`, formatDate(cell.asOf), cell.note ?? ''].filter(Boolean).join('. ');
}

/**
 * What the marks say, for screen readers: the colour's meaning, "read from the text", "changed".
 * The cell's name is its own text (the table headers give municipality and element).
 */
function hiddenText(cell: StatusCell | null, legend: StatusMatrix['legend'], changed: boolean): string {
  const parts = [
    cell ? (legend.find((l) => l.level === cell.level)?.label ?? '') : '',
    cell?.inferred ? tst('matrix.inferred') : '',
    changed ? tst('matrix.changed') : '',
  ];
  const text = parts.filter(Boolean).join(', ');
  return text ? ` (${text}) ` : ' ';
}

/**
 * Municipalities × elements. Each cell is a button (so it takes focus) showing a shape and the
 * colour word; focusing or pointing at it shows its note and source in the details line, and
 * clicking it (or Enter) opens its reports, with the form for a new one for an editor.
 */
export function StatusTable({ matrix, changed, active, onActivate, onOpen, highlighted, detailsId }: StatusTableProps) {
  return (
    <div className="status-scroll">
      <table className="status-table" data-testid="status-matrix" data-as-of={matrix.asOf} onKeyDown={moveInGrid}>
        <caption>{tst('matrix.caption', { agreement: matrix.agreement.name, date: formatDate(matrix.asOf) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="status-table__municipality">
              {tst('matrix.municipality')}
            </th>
            {matrix.elements.map((e) => (
              <th key={e.id} scope="col" className="status-table__element" data-element={e.id}>
                <span className="status-table__element-number">{tst('matrix.element', { number: e.number })}</span>
                <span className="status-table__element-name">{e.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.organisation.id} data-organisation={row.organisation.id}>
              <th scope="row" className="status-table__municipality">
                <Link href={mapHref(row.organisation.id)} className="status-table__map-link">
                  {row.organisation.name}
                </Link>
                {row.cluster && <span className="status-table__cluster">{row.cluster.name}</span>}
              </th>
              {row.cells.map((cell, i) => {
                const element = matrix.elements[i]!;
                const key = `${row.organisation.id}|${element.id}`;
                const isChanged = changed.has(key);
                const isActive = active?.organisationId === row.organisation.id && active.elementId === element.id;
                const summary = cellSummary(cell, matrix.legend);
                const activate = () => onActivate({ organisationId: row.organisation.id, elementId: element.id });
                const isHighlighted = highlighted === key;
                return (
                  <td
                    key={element.id}
                    className={`status-cell status-cell--${cell ? cell.level.toLowerCase() : 'none'}${isActive ? ' status-cell--active' : ''}${isHighlighted ? ' status-cell--highlight' : ''}`}
                    data-element={element.id}
                    data-level={cell?.level ?? 'NONE'}
                    data-changed={isChanged ? 'true' : undefined}
                    data-highlighted={isHighlighted ? 'true' : undefined}
                  >
                    <button
                      type="button"
                      className="status-cell__button"
                      title={summary}
                      aria-describedby={isActive ? detailsId : undefined}
                      aria-haspopup="dialog"
                      data-cell={key}
                      onFocus={activate}
                      onMouseEnter={activate}
                      onClick={() => {
                        activate();
                        onOpen({ organisationId: row.organisation.id, elementId: element.id });
                      }}
                    >
                      <span aria-hidden="true" className="status-cell__symbol">
                        {cell ? LEVEL_SYMBOL[cell.level] : NO_STATUS_SYMBOL}
                      </span>{' '}
                      <span className="status-cell__word">{cell ? cell.colour : tst('matrix.noStatusShort')}</span>
                      <span className="visually-hidden">{hiddenText(cell, matrix.legend, isChanged)}</span>
                      {cell?.inferred && <span aria-hidden="true">*</span>}
                      {isChanged && (
                        <span className="status-cell__changed" aria-hidden="true">
                          {' '}
                          Δ
                        </span>
                      )}
                      {cell && <span className="status-cell__date">{cell.asOf}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
