import { te } from '../i18n';
import { localMessage } from '../lib/local-message';

/** One problem with one field, as the API names it (`properties.email`, `fromId`, …). */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * A refused request with everything the server said: the code, and for BAD_USER_INPUT the
 * issues by field, for CONFLICT the current state, for throttling the seconds to wait. The
 * shared client keeps only the code; editing needs the rest.
 */
export class EditingError extends Error {
  override name = 'EditingError';
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
  get issues(): FieldIssue[] {
    return Array.isArray(this.extensions.issues) ? (this.extensions.issues as FieldIssue[]) : [];
  }
}

interface Response<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

/** Told when the server says the session is gone, so the header and the screens follow. */
let onSignedOut: (() => void) | null = null;
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

export async function editingRequest<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: globalThis.Response;
  try {
    // application/json makes the request one a plain HTML form cannot forge (the API's CSRF rule).
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new EditingError(te('entity.error', { message: 'netværksfejl' }), 'NETWORK');
  }
  let body: Response<T> | undefined;
  try {
    body = (await response.json()) as Response<T>;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const code = String(first.extensions?.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'ERROR'));
    if (code === 'UNAUTHENTICATED' && !query.includes('signIn(')) onSignedOut?.();
    throw new EditingError(localMessage(first.message), code, first.extensions ?? {});
  }
  if (!response.ok || !body?.data) throw new EditingError(`HTTP ${response.status}`, 'HTTP');
  return body.data;
}

/** A refusal in words for the reader, for codes that have no field to stand beside. */
export function errorInWords(error: unknown): string {
  if (!(error instanceof EditingError)) return error instanceof Error ? error.message : String(error);
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
