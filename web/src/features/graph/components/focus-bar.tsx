import { tg } from '../i18n';
import { FOCUS_STEP_CAP } from '../lib/expand';
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
  // What the next step would add: nothing (exhausted), or too many to read (capped).
  const next = rings[depth + 1] ?? 0;
  const tooMany = next > FOCUS_STEP_CAP;
  return (
    <section className="focus-bar" aria-label={tg('focus.barLabel')} data-testid="focus-bar" data-depth={depth}>
      <p className="focus-bar__text">
        <strong>{tg('focus.heading', { name })}</strong> · {tg('focus.depth', { depth })}
      </p>
      <button type="button" className="text-button" onClick={() => onDepth(depth - 1)} disabled={depth <= 1}>
        {tg('focus.shrink')}
      </button>
      <button
        type="button"
        className="text-button text-button--primary"
        onClick={() => onDepth(depth + 1)}
        disabled={depth >= MAX_DEPTH || next === 0 || tooMany}
        data-testid="focus-expand"
      >
        {tg('focus.expand')} {next > 0 && <span className="focus-bar__next">({tg('focus.next', { count: next })})</span>}
      </button>
      <button type="button" className="text-button" onClick={onEnd}>
        {tg('focus.end')}
      </button>
      {tooMany && (
        <p className="focus-bar__warning notice notice--warning" role="status" data-testid="focus-too-many">
          {tg('focus.tooMany', { count: next, cap: FOCUS_STEP_CAP })}
        </p>
      )}
    </section>
  );
}
