import { GraphQLError } from 'graphql';
import type { FieldIssue } from './domain/records.js';
import { DbError } from './db/db-error.js';

/** The codes clients may rely on in `extensions.code`; anything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE';

export function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const notFound = (what: string, id: string) => coded('NOT_FOUND', `No ${what} with id "${id}".`, { id });

export const badInput = (message: string, issues: FieldIssue[] = []) => coded('BAD_USER_INPUT', message, { issues });

/**
 * An engine failure the client can act on, as a coded error: a write that still collided with
 * a concurrent one after the adapter's retries is a CONFLICT (read again, then retry); an
 * engine that cannot be reached is SERVICE_UNAVAILABLE. Anything else stays masked (null).
 */
export function codedDbError(error: unknown): GraphQLError | null {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (!(original instanceof DbError)) return null;
  const where = error instanceof GraphQLError ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path } : {};
  if (original.kind === 'CONFLICT') {
    return new GraphQLError('En anden skrev samtidig; læs igen og prøv igen. / A concurrent write got there first; read again and retry.', { ...where, extensions: { code: 'CONFLICT' } });
  }
  if (original.kind === 'UNAVAILABLE') {
    return new GraphQLError('Databasen svarer ikke lige nu. / The database is not available.', { ...where, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
  return null;
}
