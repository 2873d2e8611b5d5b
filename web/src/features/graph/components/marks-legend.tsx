import { tg } from '../i18n';
import { MARK_COLOURS } from '../lib/mark-style';

interface Props {
  evidence: boolean;
  /** The what-if subject's name, when its consequences are marked. */
  whatIf: string | null;
  onClear: () => void;
}

/** The legend of the marks (marks.ts), under the map's own legend, while there are any. */
export function MarksLegend({ evidence, whatIf, onClear }: Props) {
  if (!evidence && !whatIf) return null;
  const swatch = (colour: string, style: 'solid' | 'dashed', halo: string | null) => (
    <span
      aria-hidden="true"
      className="marks-legend__swatch"
      style={{ border: `3px ${style} ${colour}`, boxShadow: halo ? `0 0 0 4px ${halo}` : undefined }}
    />
  );
  return (
    <section className="legend marks-legend" aria-labelledby="marks-legend-heading" data-testid="marks-legend">
      <h2 id="marks-legend-heading" className="legend__heading">
        {tg('marks.heading')}
      </h2>
      <ul className="legend__list">
        {evidence && (
          <li>
            {swatch(MARK_COLOURS.evidence, 'solid', '#fcd34d')} {tg('marks.evidence')}
          </li>
        )}
        {whatIf && (
          <>
            <li>
              {swatch(MARK_COLOURS.removed, 'dashed', null)} {tg('marks.removed', { name: whatIf })}
            </li>
            <li>
              {swatch(MARK_COLOURS.atRisk, 'solid', '#fca5a5')} {tg('marks.atRisk', { name: whatIf })}
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
