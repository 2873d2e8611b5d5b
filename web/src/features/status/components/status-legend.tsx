import type { StatusMatrix } from '../api/get-status-matrix';
import { tst } from '../i18n';
import { formatDate } from '../lib/dates';
import { LEVEL_SYMBOL, NO_STATUS_SYMBOL } from '../lib/levels';

/** The traffic lights with the meanings the documents give them (from the API, in the app's language), plus the marks the table uses. */
export function StatusLegend({ legend, changesSince }: { legend: StatusMatrix['legend']; changesSince: string | null }) {
  return (
    <section className="status-legend" aria-labelledby="status-legend-heading" data-testid="status-legend">
      <h3 id="status-legend-heading" className="status-legend__heading">
        {tst('legend.heading')}
      </h3>
      <ul className="status-legend__list">
        {legend.map((entry) => (
          <li key={entry.level} data-level={entry.level}>
            <span className={`status-swatch status-cell--${entry.level.toLowerCase()}`} aria-hidden="true">
              {LEVEL_SYMBOL[entry.level]}
            </span>
            <span>
              <strong className="status-legend__colour">{entry.colour}</strong>: {entry.label}
            </span>
          </li>
        ))}
        <li data-level="NONE">
          <span className="status-swatch status-cell--none" aria-hidden="true">
            {NO_STATUS_SYMBOL}
          </span>
          <span>{tst('legend.none')}</span>
        </li>
        {changesSince && (
          <li>
            <span className="status-swatch status-swatch--changed" aria-hidden="true">
              Δ
            </span>
            <span>{tst('legend.changed', { date: formatDate(changesSince) })}</span>
          </li>
        )}
        <li>
          <span className="status-swatch" aria-hidden="true">
            *
          </span>
          <span>{tst('legend.inferred')}</span>
        </li>
      </ul>
    </section>
  );
}
