import { useCallback } from 'react';
import { useSearchParams } from 'wouter';

/** Address parameters (Danish, like the map's), so a view of the status can be shared. */
const P = { agreement: 'aftale', date: 'dato', from: 'fra', cluster: 'klynge' } as const;

export interface StatusParams {
  agreement: string | null;
  date: string | null;
  from: string | null;
  cluster: string | null;
}

export type StatusParamsUpdate = Partial<StatusParams>;

/** The screen's choices as they stand in the address, and a setter that writes them back. */
export function useStatusParams(): [StatusParams, (update: StatusParamsUpdate, options?: { replace?: boolean }) => void] {
  const [search, setSearch] = useSearchParams();
  const params: StatusParams = {
    agreement: search.get(P.agreement),
    date: search.get(P.date),
    from: search.get(P.from),
    cluster: search.get(P.cluster),
  };
  const update = useCallback(
    (change: StatusParamsUpdate, options: { replace?: boolean } = {}) =>
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(change) as Array<[keyof StatusParams, string | null | undefined]>) {
          if (value) next.set(P[key], value);
          else next.delete(P[key]);
        }
        return next;
      }, options),
    [setSearch],
  );
  return [params, update];
}
