import { useRef } from 'react';
import type { AsyncState } from '../../../lib/use-async';

/**
 * An async state that, once answered, keeps its last answer while it is read again: a reload
 * after a report does not blank the screen (or close the dialog it was made from).
 */
export function useLastAnswer<T>(state: AsyncState<T>): AsyncState<T> {
  const last = useRef<{ status: 'success'; data: T } | null>(null);
  if (state.status === 'success') last.current = state;
  if (state.status === 'loading' && last.current) return last.current;
  return state;
}
