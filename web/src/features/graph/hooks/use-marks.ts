import { useMemo } from 'react';
import { useWhatIf } from '../api/get-what-if';
import { markElements, marksOf } from '../lib/marks';
import type { MapElements } from '../lib/to-elements';
import type { ViewState } from '../lib/view-state';

/**
 * The marks of the view (a finding's evidence, a what-if question's answer): the what-if answer
 * itself, the view to build with (marked nodes pinned, so the filters never hide them) and a
 * function that marks the built elements.
 */
export function useMarks(view: ViewState, isNode: (id: string) => boolean) {
  const whatIf = useWhatIf(view.whatIf);
  const answer = whatIf.status === 'success' ? whatIf.data : null;
  const marks = useMemo(() => marksOf(view.marked, answer), [view.marked, answer]);
  const buildView = useMemo((): ViewState => {
    const extra = [...marks.keys()].filter((id) => isNode(id) && !view.pinned.has(id));
    return extra.length ? { ...view, pinned: new Set([...view.pinned, ...extra]) } : view;
  }, [view, marks, isNode]);
  const mark = useMemo(() => (elements: MapElements) => markElements(elements, marks), [marks]);
  return { whatIf, marks, buildView, mark };
}
