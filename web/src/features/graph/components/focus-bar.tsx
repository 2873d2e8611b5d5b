import { tg } from '../i18n';
import { MAX_DEPTH } from '../lib/view-state';

interface FocusBarProps {
  name: string;
  depth: number;
  /** How many nodes each step out reached (index 0 is the focus itself). */
  rings: number[];
  onDepth: (depth: number) => void;
  onEnd: () => void;
}

/** Above the map while a node is in focus: how far out the view reaches, one step more or less. */
export function FocusBar({ name, depth, rings, onDepth, onEnd }: FocusBarProps) {
  // Nothing more to reach: the last step found no new nodes.
  const exhausted = rings.length <= depth;
  return (
    <section className="focus-bar" aria-label={tg('focus.barLabel')} data-testid="focus-bar" data-depth={depth}>
      <p className="focus-bar__text">
        <strong>{tg('focus.heading', { name })}</strong> · {tg('focus.depth', { depth })}
      </p>
      <button type="button" className="text-button" onClick={() => onDepth(depth - 1)} disabled={depth <= 1}>
        {tg('focus.shrink')}
      </button>
      <button type="button" className="text-button text-button--primary" onClick={() => onDepth(depth + 1)} disabled={depth >= MAX_DEPTH || exhausted} data-testid="focus-expand">
        {tg('focus.expand')}
      </button>
      <button type="button" className="text-button" onClick={onEnd}>
        {tg('focus.end')}
      </button>
    </section>
  );
}
