import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.js';
import type { TrustProxy } from '../auth/client-address.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { useMetricsEndpoint } from './metrics-endpoint.js';
import { useRequestFacts } from './request-facts.js';
import { logRequest } from './request-log.js';

export interface ObservabilityOptions {
  logger: Logger;
  /** Null: no /metrics (the path then answers as any unknown API path). */
  metrics: { metrics: Metrics; token: string | null } | null;
  /** Which proxies may name a request (x-request-id), as they may name its client. */
  trustProxy: TrustProxy | null;
}

/** The request log and, when configured, the metrics and their endpoint; first in yoga's plugin list. */
export function observabilityPlugins(o: ObservabilityOptions): Plugin<RequestContext>[] {
  return [
    useRequestFacts((facts) => {
      logRequest(o.logger, facts);
      o.metrics?.metrics.request(facts);
    }, o.trustProxy),
    ...(o.metrics ? [useMetricsEndpoint(o.metrics.metrics, o.metrics.token) as Plugin<RequestContext>] : []),
  ];
}
