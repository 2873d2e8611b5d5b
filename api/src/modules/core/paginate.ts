import { badInput } from '../../errors.js';

export const MAX_PAGE = 500;

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** Cursors are opaque to clients: the position after the last row, base64url-encoded. */
export function paginate<T>(rows: T[], first: number | null | undefined, after: string | null | undefined): Page<T> {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE}.`, [{ field: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
  }
  const start = after ? decodeCursor(after) : 0;
  const nodes = rows.slice(start, start + size);
  const end = start + nodes.length;
  return {
    nodes,
    totalCount: rows.length,
    pageInfo: { endCursor: nodes.length ? encodeCursor(end) : after ?? null, hasNextPage: end < rows.length },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('"after" is not a cursor this API gave out.', [{ field: 'after', message: 'unknown cursor' }]);
  return Number(match[1]);
}
