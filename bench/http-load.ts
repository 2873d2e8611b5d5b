import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './stats.js';

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface HttpRun extends Percentiles {
  concurrency: number;
  /** How long the load ran. */
  seconds: number;
  /** Set when the run was a fixed number of requests (slow operations at c=32) instead of a duration. */
  amount?: number;
  /** Completed 2xx responses per second. */
  perSecond: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** 200 answers that carry GraphQL errors (counted in the latencies too). */
  errorAnswers: number;
}

/**
 * The same headers for the API and the hello-world server. `Cache-Control: no-cache` makes the
 * API compute every answer (its response cache would otherwise answer repeated questions):
 * the latencies are those of the work; `cached` runs measure the cache as shipped.
 */
const HEADERS = { 'content-type': 'application/json', accept: 'application/json', 'cache-control': 'no-cache' };
const CACHED_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * Drives `url`/graphql with autocannon: `concurrency` keep-alive connections for `seconds`,
 * cycling through the request bodies. Latencies are taken from every response's own timer
 * (autocannon's histogram rounds to whole milliseconds), after a short warm-up. Requests still
 * in flight when the time is up are not counted. With `amount`, the run is that many requests
 * instead, however long they take. With `cached`, repeated questions may be answered from the
 * API's response cache (the warm-up has asked each once).
 */
export async function load(url: string, requests: GraphqlRequest[], concurrency: number, seconds: number, amount?: number, cached = false): Promise<HttpRun> {
  const headers = cached ? CACHED_HEADERS : HEADERS;
  const bodies = requests.map((r) => ({ method: 'POST', path: '/graphql', headers, body: JSON.stringify(r) }));
  // Warm-up: each variable set a few times (JIT, caches), not timed.
  await autocannon({ url, connections: 1, amount: Math.max(5, bodies.length), requests: bodies, timeout: 60 });
  const samples: number[] = [];
  const instance = autocannon({
    url,
    connections: concurrency,
    ...(amount ? { amount } : { duration: seconds }),
    requests: bodies,
    timeout: 60,
    verifyBody: (body) => !body.includes('"errors"'),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
  });
  const result = await instance;
  return {
    concurrency,
    seconds: result.duration,
    ...(amount ? { amount } : {}),
    ...percentiles(samples),
    perSecond: samples.length / result.duration,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    errorAnswers: result.mismatches,
  };
}

export interface GraphqlResponse<T = unknown> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: { roundTrips?: number };
}

/** One request, for checking an operation works and for reading extensions.roundTrips. */
export async function post<T = unknown>(url: string, request: GraphqlRequest): Promise<GraphqlResponse<T>> {
  const res = await fetch(new URL('/graphql', url), { method: 'POST', headers: HEADERS, body: JSON.stringify(request) });
  return (await res.json()) as GraphqlResponse<T>;
}
