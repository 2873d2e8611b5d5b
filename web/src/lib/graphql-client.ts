import { t } from '../i18n';

/** A failed GraphQL request, with the server's error code when it sent one. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const ENDPOINT = '/graphql';

/** One GraphQL operation over plain `fetch` to the same origin. */
export async function graphqlRequest<T, V extends object = Record<string, unknown>>(
  query: string,
  variables?: V,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
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
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!response.ok) throw new GraphQLRequestError(t('error.http', { status: response.status }), 'HTTP');
  if (!body?.data) throw new GraphQLRequestError(t('error.unexpected'));
  return body.data;
}
