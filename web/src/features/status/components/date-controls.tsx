import { useId, useState } from 'react';
import { tst } from '../i18n';
import { formatDate, isIsoDay, stopIndex } from '../lib/dates';

interface DateControlsProps {
  /** The days with status reports, ascending: the slider's stops. */
  stops: string[];
  date: string;
  onChange: (date: string, options: { replace: boolean }) => void;
}

/**
 * A slider over the days statuses were reported for (each stop is a day something changed),
 * and a date field for any day in between.
 */
export function DateControls({ stops, date, onChange }: DateControlsProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const index = stopIndex(stops, date);
  const field = draft ?? date;
  return (
    <fieldset className="status-dates" data-testid="status-dates">
      <legend>{tst('date.heading')}</legend>
      {stops.length > 0 ? (
        <div className="status-dates__slider">
          <label htmlFor={`${id}-range`}>{tst('date.slider')}</label>
          <input
            id={`${id}-range`}
            type="range"
            min={0}
            max={stops.length - 1}
            step={1}
            value={index}
            aria-valuetext={formatDate(stops[index]!)}
            list={`${id}-stops`}
            data-testid="status-slider"
            onChange={(e) => {
              setDraft(null);
              onChange(stops[Number(e.target.value)]!, { replace: true });
            }}
          />
          <datalist id={`${id}-stops`}>
            {stops.map((stop, i) => (
              <option key={stop} value={i} label={stop} />
            ))}
          </datalist>
          <ol className="status-dates__ticks" aria-label={tst('date.stops')}>
            {stops.map((stop, i) => (
              <li key={stop} className={i === index ? 'status-dates__tick status-dates__tick--current' : 'status-dates__tick'}>
                <button type="button" className="link-button" aria-pressed={i === index} onClick={() => onChange(stop, { replace: false })}>
                  {formatDate(stop)}
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="muted">{tst('date.noStops')}</p>
      )}
      <div className="status-dates__field">
        <label htmlFor={`${id}-date`}>{tst('date.field')}</label>
        <input
          id={`${id}-date`}
          type="date"
          value={field}
          data-testid="status-date"
          aria-describedby={draft !== null && !isIsoDay(draft) ? `${id}-invalid` : undefined}
          onChange={(e) => {
            const value = e.target.value;
            if (isIsoDay(value)) {
              setDraft(null);
              onChange(value, { replace: false });
            } else setDraft(value);
          }}
        />
        {draft !== null && !isIsoDay(draft) && (
          <span id={`${id}-invalid`} className="status-dates__invalid">
            {tst('date.invalid')}
          </span>
        )}
      </div>
    </fieldset>
  );
}
