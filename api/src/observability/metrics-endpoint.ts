import { timingSafeEqual, createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Metrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

/**
 * GET /metrics in Prometheus's text format. With a token, only `Authorization: Bearer <token>`
 * is answered (401 otherwise), so the figures can be scraped through a proxy that is not
 * otherwise locked down. Placed before the CSRF check, which is for GraphQL requests.
 */
export function useMetricsEndpoint(metrics: Metrics, token: string | null): Plugin {
  const expected = token ? digest(`Bearer ${token}`) : null;
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      if (expected && !timingSafeEqual(expected, digest(request.headers.get('authorization') ?? ''))) {
        return endResponse(new fetchAPI.Response('Unauthorized\n', { status: 401, headers: { 'www-authenticate': 'Bearer', 'content-type': 'text/plain' } }));
      }
      const { contentType, body } = await metrics.exposition();
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-store' } }),
      );
    },
  };
}

/** Equal-length digests, so the comparison takes as long whatever the header holds. */
const digest = (s: string) => createHash('sha256').update(s).digest();
