import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { badInput } from '../../errors.js';

export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/** A page size as clients may ask for it: 0–500, 100 when not given. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw badInput({ en: `"first" must be between 0 and ${MAX_PAGE}.`, da: `"first" skal være mellem 0 og ${MAX_PAGE}.` }, [
      { field: 'first', message: `must be between 0 and ${MAX_PAGE}` },
    ]);
  }
  return size;
}

/**
 * In-memory pages for lists that stay small (organisations, groups, channels, mandates,
 * agreements, pathways: hundreds, not tens of thousands), sorted exactly by the Danish collator.
 * Cursors are opaque to clients: the position after the last row, base64url-encoded.
 */
export function paginate<T>(rows: T[], first: number | null | undefined, after: string | null | undefined): Page<T> {
  const size = pageSize(first);
  const start = after ? decodeCursor(after) : 0;
  const nodes = rows.slice(start, start + size);
  const end = start + nodes.length;
  return {
    nodes,
    totalCount: rows.length,
    pageInfo: { endCursor: nodes.length ? encodeCursor(end) : (after ?? null), hasNextPage: end < rows.length },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw unknownCursor();
  return Number(match[1]);
}

const unknownCursor = () =>
  badInput({ en: '"after" is not a cursor this API gave out.', da: '"after" er ikke en markør, som API’et har givet.' }, [
    { field: 'after', message: 'unknown cursor' },
  ]);

/** A keyset position: the order key and id of the last row of a page. */
export interface KeysetPosition {
  key: string;
  id: string;
}

/**
 * Sealed with a key of this process: the sort key is a person's folded name, which visitors
 * who are not signed in must not read out of a cursor. A cursor lasts until the server restarts.
 */
const CURSOR_KEY = randomBytes(32);

/** Cursors of lists paged in the engine (people): the last row's sort key and id, sealed. */
export function encodeKeysetCursor(position: KeysetPosition): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', CURSOR_KEY, iv);
  const sealed = Buffer.concat([cipher.update(`k:${JSON.stringify([position.key, position.id])}`, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

function unseal(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length < 29 || raw.length > 4000) throw unknownCursor();
  try {
    const decipher = createDecipheriv('aes-256-gcm', CURSOR_KEY, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw unknownCursor();
  }
}

export function decodeKeysetCursor(cursor: string | null | undefined): KeysetPosition | null {
  if (cursor === null || cursor === undefined) return null;
  const text = unseal(cursor);
  if (!text.startsWith('k:')) throw unknownCursor();
  try {
    const value: unknown = JSON.parse(text.slice(2));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw unknownCursor();
}
