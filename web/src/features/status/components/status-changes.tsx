import { useId } from 'react';
import type { useStatusChanges } from '../api/get-status-changes';
import { tst } from '../i18n';
import { formatDate, isIsoDay } from '../lib/dates';

interface StatusChangesProps {
  from: string | null;
  to: string;
  state: ReturnType<typeof useStatusChanges>;
  onFromChange: (from: string) => void;
  /** Pointing at or focusing a change marks its cell in the table; null when it leaves. */
  onHighlight: (key: string | null) => void;
  /** Choosing a change goes to its cell (focus and details). */
  onShow: (organisationId: string, elementId: string) => void;
}

/**
 * "What changed" between a from-date and the table's date, in the API's sentences (in the app's language), beside
 * the date slider; each change marks its cell in the table while pointed at or focused.
 */
export function StatusChangesPanel({ from, to, state, onFromChange, onHighlight, onShow }: StatusChangesProps) {
  const id = useId();
  return (
    <section className="status-changes" aria-labelledby={`${id}-heading`} data-testid="status-changes">
      <h3 id={`${id}-heading`} className="status-changes__heading">
        {tst('changes.heading')}
      </h3>
      <div className="status-changes__range">
        <label htmlFor={`${id}-from`}>{tst('changes.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          max={to}
          data-testid="status-changes-from"
          onChange={(e) => isIsoDay(e.target.value) && onFromChange(e.target.value)}
        />
        <span>{tst('changes.to', { date: formatDate(to) })}</span>
      </div>
      {!from || from >= to ? (
        <p className="muted">{tst('changes.pickEarlier', { date: formatDate(to) })}</p>
      ) : state.status === 'error' ? (
        <p className="notice notice--error" role="alert">
          {tst('changes.error', { message: state.error.message })}
        </p>
      ) : state.status === 'success' ? (
        <>
          <p className="status-changes__explanation">{state.data.explanation}</p>
          {state.data.changes.length > 0 && (
            <ul className="status-changes__list">
              {state.data.changes.map((c) => (
                <li key={`${c.organisation.id}|${c.element.id}`} data-organisation={c.organisation.id} data-element={c.element.id}>
                  <button
                    type="button"
                    className="status-changes__item"
                    onMouseEnter={() => onHighlight(`${c.organisation.id}|${c.element.id}`)}
                    onMouseLeave={() => onHighlight(null)}
                    onFocus={() => onHighlight(`${c.organisation.id}|${c.element.id}`)}
                    onBlur={() => onHighlight(null)}
                    onClick={() => onShow(c.organisation.id, c.element.id)}
                  >
                    <span className="status-changes__sentence">{c.sentence}</span>
                    <span className="visually-hidden"> ({tst('changes.show')})</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p role="status">{tst('changes.loading')}</p>
      )}
    </section>
  );
}
