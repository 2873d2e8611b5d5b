import { tg } from '../i18n';
import './what-if.css';

interface Props {
  evidence: boolean;
  /** The what-if subject's name, when its consequences are marked. */
  whatIf: string | null;
  onClear: () => void;
}

/** The legend of the marks (marks.ts), under the map's own legend, while there are any. */
export function MarksLegend({ evidence, whatIf, onClear }: Props) {
  if (!evidence && !whatIf) return null;
  // Classes, not style attributes: the Content Security Policy allows no inline styles.
  const swatch = (mark: 'evidence' | 'removed' | 'at-risk') => <span aria-hidden="true" className={`marks-legend__swatch marks-legend__swatch--${mark}`} />;
  return (
    <section className="legend marks-legend" aria-labelledby="marks-legend-heading" data-testid="marks-legend">
      <h2 id="marks-legend-heading" className="legend__heading">
        {tg('marks.heading')}
      </h2>
      <ul className="legend__list">
        {evidence && (
          <li>
            {swatch('evidence')} {tg('marks.evidence')}
          </li>
        )}
        {whatIf && (
          <>
            <li>
              {swatch('removed')} {tg('marks.removed', { name: whatIf })}
            </li>
            <li>
              {swatch('at-risk')} {tg('marks.atRisk', { name: whatIf })}
            </li>
          </>
        )}
      </ul>
      {evidence && (
        <button type="button" className="link-button" onClick={onClear} data-testid="clear-marks">
          {tg('marks.clear')}
        </button>
      )}
    </section>
  );
}
