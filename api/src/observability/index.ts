import type { Plugin } from 'graphql-yoga';
import type { RequestContext } from '../context.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { useMetricsEndpoint } from './metrics-endpoint.js';
import { useRequestFacts } from './request-facts.js';
import { logRequest } from './request-log.js';

export interface ObservabilityOptions {
  logger: Logger;
  /** Null: no /metrics (the path then answers as any unknown API path). */
  metrics: { metrics: Metrics; token: string | null } | null;
}

/** The request log and, when configured, the metrics and their endpoint; first in yoga's plugin list. */
export function observabilityPlugins(o: ObservabilityOptions): Plugin<RequestContext>[] {
  return [
    useRequestFacts((facts) => {
      logRequest(o.logger, facts);
      o.metrics?.metrics.request(facts);
    }),
    ...(o.metrics ? [useMetricsEndpoint(o.metrics.metrics, o.metrics.token) as Plugin<RequestContext>] : []),
  ];
}
