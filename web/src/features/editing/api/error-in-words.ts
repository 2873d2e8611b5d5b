import { GraphQLRequestError } from '../../../lib/graphql-client';
import { te } from '../i18n';

/** A refusal in words for the reader, for codes that have no field to stand beside. */
export function errorInWords(error: unknown): string {
  if (!(error instanceof GraphQLRequestError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case 'FORBIDDEN':
      return te('error.FORBIDDEN', { message: error.message });
    case 'UNAUTHENTICATED':
      return te('error.UNAUTHENTICATED');
    case 'NOT_FOUND':
      return te('error.NOT_FOUND', { message: error.message });
    default:
      return error.message;
  }
}
