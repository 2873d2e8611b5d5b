import type http from 'node:http';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Full garbage collections once the server has been idle for a moment after requests (see
 * docs/DESIGN.md, Memory of the API process). Under load V8 runs its major GCs by heap growth
 * alone, so after a burst the old space's garbage stays, and with it the native memory of the
 * embedded engine's results, freed only when their small JS wrappers are collected; the process
 * held what the burst used until the next burst. Collected when no request is in flight, that
 * memory goes back to the allocator, which returns its pages a second later (jemalloc's
 * dirty_decay_ms, api/bin/with-allocator.sh). National store, the bench's operations, alternated
 * with and without: RSS after the load 321, 333, 328, 337 against 335, 335, 336, 337 MB (~6 MB),
 * and after each operation 290-334 against 301-368. It never runs while a request is in flight,
 * and only once per quiet spell: a server nobody asks does no work.
 */
export interface IdleCollection {
  /** Idle spells that ended in both collections. */
  readonly runs: () => number;
  stop(): void;
}

/** V8's `gc`, which Node hides unless started with --expose-gc: the flag set now holds for contexts made after it. */
export function fullCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/**
 * Probes (the image's health check asks /ready every 30 s, a Prometheus scrape /metrics) hold
 * little: they do not start a collection on their own, or an idle server would collect twice
 * per probe.
 */
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

export function collectWhenIdle(server: http.Server, idleMs: number, collect = fullCollector()): IdleCollection {
  let inFlight = 0;
  let runs = 0;
  let timer: NodeJS.Timeout | null = null;
  /** A request other than a probe since the last collection. */
  let asked = false;
  // Two full GCs: one alone gave 329/330 against 335/335 MB (its own alternated pair); the second,
  // with nothing allocated since the first, frees what the first's finalizers let go (0-11 MB
  // more in the server). It runs in a later task, so a request that arrived during the first goes
  // first and it is skipped. The young generation keeps its 32 MB: V8 11.3's gc() does not shrink it.
  const second = () => {
    if (inFlight > 0 || !collect) return;
    collect();
    runs++;
  };
  const first = () => {
    timer = null;
    if (inFlight > 0 || !collect) return;
    collect();
    asked = false;
    setImmediate(second);
  };
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    if (!PROBE_PATHS.has((req.url ?? '/').split('?')[0]!)) asked = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    res.once('close', () => {
      inFlight--;
      // Unref'd: the timer never keeps the process alive.
      if (inFlight === 0 && asked) timer = setTimeout(first, idleMs).unref();
    });
  };
  server.on('request', onRequest);
  return {
    runs: () => runs,
    stop() {
      server.off('request', onRequest);
      if (timer) clearTimeout(timer);
    },
  };
}
