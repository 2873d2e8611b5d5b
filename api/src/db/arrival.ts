import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * When the work a statement belongs to arrived: the HTTP request's arrival for everything a
 * request runs (server.ts enters it), the statement's own moment otherwise (start-up, jobs).
 * The embedded engine's slots go to the oldest arrival first (embedded.ts), so a request's later
 * statements do not queue again behind every request that came after it.
 */
const arrivals = new AsyncLocalStorage<number>();

export function withArrival<T>(work: () => T): T {
  return arrivals.run(performance.now(), work);
}

export function arrivalOf(): number {
  return arrivals.getStore() ?? performance.now();
}
