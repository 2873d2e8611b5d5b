import { Link } from 'wouter';
import type { RepresentationMatrix as Matrix } from '../api/get-representation-matrix';
import type { RepresentationState } from '../api/types';
import { tgap, tgapOptional } from '../i18n';
import { formatDate } from '../lib/dates';
import { nodeHref } from '../lib/map-href';

export const STATES: RepresentationState[] = ['REQUIRED_MISSING', 'REQUIRED_PRESENT', 'PRESENT', 'NONE'];

/** A symbol per state, so the table reads without its colours. */
const SYMBOL: Record<RepresentationState, string> = { REQUIRED_MISSING: '✕', REQUIRED_PRESENT: '✓', PRESENT: '○', NONE: '·' };

const perspectiveName = (p: string) => tgapOptional(`perspective.${p}`, p);

/** What the cell shows: the symbol, and the number of members where someone represents it. */
function cellText(state: RepresentationState, members: number): string {
  if (state === 'REQUIRED_MISSING') return `${SYMBOL[state]} ${tgap('matrix.missing')}`;
  if (state === 'NONE') return SYMBOL[state];
  return `${SYMBOL[state]} ${members}`;
}

export function RepresentationLegend() {
  return (
    <ul className="representation-legend" aria-label={tgap('matrix.legend')}>
      {STATES.map((state) => (
        <li key={state}>
          <span className={`representation-cell representation-cell--${state.toLowerCase()} representation-legend__swatch`} aria-hidden="true">
            {SYMBOL[state]}
          </span>{' '}
          {tgap(`state.${state}`)}
        </li>
      ))}
    </ul>
  );
}

/** Groups × perspectives as a colour table; every cell also says its state in a symbol and a title. */
export function RepresentationMatrix({ matrix }: { matrix: Matrix }) {
  return (
    <>
      {/* The caption is read with the table; its visible twin sits outside the scroll box so it never scrolls sideways. */}
      <p className="representation-caption" aria-hidden="true">
        {tgap('matrix.caption', { scope: matrix.scope.name, date: formatDate(matrix.asOf) })}
      </p>
      <div className="representation-scroll">
        <table className="representation-table" data-testid="representation-matrix">
          <caption className="visually-hidden">{tgap('matrix.caption', { scope: matrix.scope.name, date: formatDate(matrix.asOf) })}</caption>
          <thead>
            <tr>
              <th scope="col" className="representation-table__group">
                {tgap('matrix.group')}
              </th>
              {matrix.perspectives.map((p) => (
                <th key={p} scope="col" className="representation-table__perspective" data-perspective={p}>
                  {perspectiveName(p)}
                </th>
              ))}
              <th scope="col" className="representation-table__number">
                {tgap('matrix.members')}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.group.id} data-group={row.group.id}>
                <th scope="row" className="representation-table__group">
                  <Link href={nodeHref(row.group.id)}>{row.group.name}</Link>
                </th>
                {row.cells.map((cell) => {
                  const label = tgap(`cell.${cell.state}`, {
                    group: row.group.name,
                    perspective: perspectiveName(cell.perspective).replace(/\u00AD/g, ''),
                    members: cell.members,
                  });
                  return (
                    <td
                      key={cell.perspective}
                      className={`representation-cell representation-cell--${cell.state.toLowerCase()}`}
                      data-perspective={cell.perspective}
                      data-state={cell.state}
                      title={label}
                    >
                      <span aria-hidden="true">{cellText(cell.state, cell.members)}</span>
                      <span className="visually-hidden">
                        {tgap(`state.${cell.state}`)}
                        {cell.members > 0 ? ` (${cell.members})` : ''}
                      </span>
                    </td>
                  );
                })}
                <td className="representation-table__number">{row.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
