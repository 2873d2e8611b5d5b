/**
 * The first row of a statement's answer. A case that expects a row and gets none fails here,
 * by name, instead of on reading a field of `undefined` (tsconfig has noUncheckedIndexedAccess).
 */
export function first<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error('the statement returned no row');
  return row;
}
