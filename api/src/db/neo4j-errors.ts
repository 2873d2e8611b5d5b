import { Neo4jError, error as driverErrors, isRetryableError } from 'neo4j-driver';
import { DbError } from './db-error.js';

/** Which statement a driver error came from, without wrapping it (the driver must still see it). */
const failedStatement = new WeakMap<object, string>();

export function noteFailedStatement(err: unknown, queryName: string): void {
  if (err && typeof err === 'object' && !failedStatement.has(err)) failedStatement.set(err, queryName);
}

export function isDriverError(err: unknown): err is Neo4jError {
  return err instanceof Neo4jError;
}

/**
 * What the driver itself would retry in a managed transaction: transient errors (but a
 * terminated transaction), a lost connection, a leader switch. The adapter's auto-commit reads,
 * which the driver does not retry, send these again as managed reads (neo4j.ts, run()).
 */
export function isRetriable(err: Neo4jError): boolean {
  return isRetryableError(err);
}

/**
 * Maps a driver error that is left after the driver's own retries to a kind the API acts on.
 * The order matters: a lost connection is also "retryable" to the driver, but to a client it
 * is an unavailable database, not a concurrent write.
 */
export function classifyDriverError(err: Neo4jError): DbError {
  const code = err.code ?? '';
  const queryName = failedStatement.get(err);
  const message = queryName ? `${queryName}: ${err.message}` : err.message;
  const cause = { cause: err };
  if (code === driverErrors.SERVICE_UNAVAILABLE || code === driverErrors.SESSION_EXPIRED || code.startsWith('Neo.ClientError.Security')) {
    return new DbError('UNAVAILABLE', message, queryName, cause);
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return new DbError('CONSTRAINT', message, queryName, cause);
  // Deadlocks and other transient errors the driver gave up retrying: a concurrent write won.
  if (code.startsWith('Neo.TransientError') || err.retryable) return new DbError('CONFLICT', message, queryName, cause);
  return new DbError('QUERY', message, queryName, cause);
}
