import type { Logger } from './logger.js';
import type { RequestFacts } from './request-facts.js';

const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * One JSON line per API request: ids, codes and timings only. Errors raise the level so a
 * `LOG_LEVEL=warn` log still shows what failed; a 5xx is an error.
 */
export function logRequest(logger: Logger, f: RequestFacts): void {
  const line = {
    reqId: f.requestId,
    method: f.method,
    path: f.path,
    operation: f.operation,
    status: f.status,
    durationMs: f.durationMs,
    ...(f.errorCodes.length ? { errorCodes: f.errorCodes } : {}),
    userId: f.userId,
    ...(f.cacheHit !== null ? { cacheHit: f.cacheHit } : {}),
  };
  // Probes and scrapes arrive every few seconds; they are worth a line only when debugging.
  const routine = QUIET_PATHS.has(f.path) && f.status < 400;
  const level = routine
    ? 'debug'
    : f.status >= 500 || f.errorCodes.includes('INTERNAL_SERVER_ERROR')
      ? 'error'
      : f.status >= 400 || f.errorCodes.length
        ? 'warn'
        : 'info';
  logger[level](line, 'request');
}
