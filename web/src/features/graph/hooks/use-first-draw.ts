import { useEffect, useRef, useState } from 'react';

/**
 * Milliseconds from the first elements reaching the map to the browser painting their first
 * laid-out picture (the benchmark and the performance test read it from data-first-draw-ms).
 * `hasElements` says the elements arrived, `laidOut` counts applied layouts.
 */
export function useFirstDraw(hasElements: boolean, laidOut: number): number | null {
  const [firstDrawMs, setFirstDrawMs] = useState<number | null>(null);
  const startedRef = useRef<number | null>(null);
  const doneRef = useRef(false);
  if (startedRef.current === null && hasElements) startedRef.current = performance.now();

  useEffect(() => {
    if (doneRef.current || startedRef.current === null || laidOut === 0 || !hasElements) return;
    doneRef.current = true;
    const started = startedRef.current;
    // Two frames: the first runs before the paint of the picture, the second after it.
    requestAnimationFrame(() => requestAnimationFrame(() => setFirstDrawMs(Math.round(performance.now() - started))));
  }, [hasElements, laidOut]);

  return firstDrawMs;
}
