/** Engine failures in terms the API can act on; raw driver errors never pass api/src/db. */
export type DbErrorKind = 'CONSTRAINT' | 'CONFLICT' | 'UNAVAILABLE' | 'QUERY';

export class DbError extends Error {
  override name = 'DbError';
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    readonly query?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
