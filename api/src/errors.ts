import { GraphQLError } from 'graphql';
import type { FieldIssue } from './domain/records.js';

/** The codes clients may rely on in `extensions.code`; anything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'SERVICE_UNAVAILABLE';

export function coded(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export const notFound = (what: string, id: string) => coded('NOT_FOUND', `No ${what} with id "${id}".`, { id });

export const badInput = (message: string, issues: FieldIssue[] = []) => coded('BAD_USER_INPUT', message, { issues });
