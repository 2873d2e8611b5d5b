import { tVocab } from '../../../i18n';
import { tg } from '../i18n';
import { EXPAND_CAP, type ExpandOption } from '../lib/expand';

interface ExpandByTypeProps {
  options: ExpandOption[];
  pinned: boolean;
  onExpand: (option: ExpandOption) => void;
  onPin: () => void;
  /** Said after a capped step: how many were added of how many. */
  notice: string | null;
}

/** In the details panel: one step out from this node, one relation type at a time, capped; and pinning. */
export function ExpandByType({ options, pinned, onExpand, onPin, notice }: ExpandByTypeProps) {
  return (
    <section className="expand" aria-labelledby="expand-heading" data-testid="expand">
      <h3 id="expand-heading">{tg('expand.heading')}</h3>
      {options.length === 0 ? (
        <p className="expand__none">{tg('expand.none')}</p>
      ) : (
        <ul className="expand__list">
          {options.map((o) => (
            <li key={o.type}>
              <button type="button" className="text-button" onClick={() => onExpand(o)} data-testid={`expand-${o.type}`}>
                {tVocab('relation', o.type)} (+{Math.min(o.ids.length, EXPAND_CAP)}
                {o.ids.length > EXPAND_CAP ? ` ${tg('expand.of', { count: o.ids.length })}` : ''})
              </button>
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p className="notice" role="status" data-testid="expand-notice">
          {notice}
        </p>
      )}
      <button type="button" className="text-button" onClick={onPin} aria-pressed={pinned} data-testid="details-pin">
        {pinned ? tg('expand.unpin') : tg('expand.pin')}
      </button>
    </section>
  );
}
