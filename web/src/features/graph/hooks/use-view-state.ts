import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serializeView, type ViewState } from '../lib/view-state';

export type ViewUpdate = Partial<ViewState> | ((view: ViewState) => Partial<ViewState>);

/**
 * The map's view state, kept in the URL: every change is a new history entry (or replaces the
 * current one with `replace`), and back/forward bring the earlier view back.
 */
export function useViewState(): [ViewState, (update: ViewUpdate, options?: { replace?: boolean }) => void] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  // The latest view outside React's updater, so the history is written once per change (StrictMode runs updaters twice).
  const viewRef = useRef(view);

  useEffect(() => {
    const onPop = () => {
      if (serializeView(viewRef.current, window.location.search) === window.location.search) return;
      const next = parseView(window.location.search);
      viewRef.current = next;
      setView(next);
    };
    // wouter announces its own history writes (a Link to the map while the map is open) with these events.
    const events = ['popstate', 'pushState', 'replaceState'];
    for (const name of events) window.addEventListener(name, onPop);
    return () => {
      for (const name of events) window.removeEventListener(name, onPop);
    };
  }, []);

  const update = useCallback((change: ViewUpdate, options: { replace?: boolean } = {}) => {
    const previous = viewRef.current;
    const next = { ...previous, ...(typeof change === 'function' ? change(previous) : change) };
    viewRef.current = next;
    setView(next);
    const search = serializeView(next, window.location.search);
    if (search === window.location.search) return;
    const url = window.location.pathname + search + window.location.hash;
    if (options.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
  }, []);

  return [view, update];
}
