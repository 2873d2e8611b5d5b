import { getLanguage, t } from '../i18n';

/**
 * The web app's one GraphQL client: every feature's requests go through `graphqlRequest`, so
 * errors, abort, the session cookie and the language of messages are handled in one place.
 *
 * The API's language policy (docs/DESIGN.md, "Errors in two languages"): `message` is English,
 * `extensions.da` the Danish for people, and each field issue carries both. The error this
 * client throws says it in the reader's language (Danish; English with ?lang=en).
 */

/** One problem with one field, as the API names it (`properties.email`, `fromId`, …). */
export interface FieldIssue {
  field: string;
  /** English. */
  message: string;
  /** Danish. */
  da?: string;
}

/**
 * A refused request with everything the server said: its code, and for BAD_USER_INPUT the
 * issues by field, for CONFLICT the current state, for throttling the seconds to wait.
 * `message` is in the reader's language; `english` is the API's own message.
 */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code?: string,
    readonly extensions: Record<string, unknown> = {},
    readonly english: string = message,
  ) {
    super(message);
  }
  get issues(): FieldIssue[] {
    return Array.isArray(this.extensions.issues) ? (this.extensions.issues as FieldIssue[]) : [];
  }
}

/** A field issue in the reader's language. */
export function issueInLanguage(issue: FieldIssue): string {
  return getLanguage() === 'en' ? issue.message : (issue.da ?? issue.message);
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string; da?: string } }>;
}

/** Told when the server says the session is gone, so the header and the screens follow. */
let onSignedOut: (() => void) | null = null;
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

const ENDPOINT = '/graphql';

/** One GraphQL operation over plain `fetch` to the same origin, with the session cookie. */
export async function graphqlRequest<T, V extends object = Record<string, unknown>>(query: string, variables?: V, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // application/json makes the request one a plain HTML form cannot forge (the API's CSRF rule).
    response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: signal ?? null,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new GraphQLRequestError(t('error.network'), 'NETWORK');
  }
  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  const first = body?.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const code = String(extensions.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'ERROR'));
    if (code === 'UNAUTHENTICATED' && !query.includes('signIn(')) onSignedOut?.();
    const text = getLanguage() === 'en' ? first.message : (extensions.da ?? first.message);
    throw new GraphQLRequestError(text, code, extensions, first.message);
  }
  if (!response.ok) throw new GraphQLRequestError(t('error.http', { status: response.status }), 'HTTP');
  if (!body?.data) throw new GraphQLRequestError(t('error.unexpected'));
  return body.data;
}
