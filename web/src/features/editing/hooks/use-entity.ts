import { useRef } from 'react';
import { useAsync } from '../../../lib/use-async';
import { getEntity, type Entity } from '../api/get-entity';

/**
 * One entity with its relationships; `revision` changes after every write, to read it anew.
 * While it is read again, the last answer for the same id stays, so the page does not flash.
 */
export function useEntity(id: string, revision: number) {
  const state = useAsync(`${id}@${revision}`, (signal) => getEntity(id, signal));
  const last = useRef<{ id: string; data: Entity | null } | null>(null);
  if (state.status === 'success') last.current = { id, data: state.data };
  const kept = last.current?.id === id ? last.current : null;
  return { state, data: kept ? kept.data : undefined, refreshing: state.status === 'loading' && kept !== null };
}
