import { useEffect, useState } from 'react';
import { getEntity, type Entity } from '../api/get-entity';

interface Loaded {
  key: string;
  id: string;
  data?: Entity | null;
  error?: Error;
}

/**
 * One entity with its relationships; `revision` changes after every write, to read it anew.
 * While it is read again, the last answer for the same id stays (the page does not flash), and
 * `refreshing` says so from the very render the revision changes in, so nothing that reports a
 * write's result shows beside the state from before it.
 */
export function useEntity(id: string, revision: number) {
  const key = `${id}@${revision}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger, `key` the revision to read
  useEffect(() => {
    const controller = new AbortController();
    getEntity(id, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ key, id, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key, id, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [key, id, attempt]);

  const sameId = loaded?.id === id ? loaded : null;
  return {
    data: sameId && sameId.data !== undefined ? sameId.data : undefined,
    error: sameId?.key === key ? (sameId.error ?? null) : null,
    refreshing: sameId?.key !== key,
    retry: () => setAttempt((n) => n + 1),
  };
}
