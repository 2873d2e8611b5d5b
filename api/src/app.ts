import type { IncomingMessage } from 'node:http';
import { createYoga, isAsyncIterable, type Plugin } from 'graphql-yoga';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { privateAnswers } from './private-answers.js';
import type { AppServices, RequestContext } from './context.js';
import { createRequestContext, DEFAULT_SETTINGS } from './context.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { buildSchema } from './schema.js';
import { hardeningPlugins, maskInternals } from './hardening.js';
import { todayInDenmark } from './modules/core/dates.js';
import { responseCachePlugin, type ResponseCacheOptions } from './response-cache/response-cache.js';
import { advancingOnWrite, StoreEpoch } from './response-cache/store-epoch.js';
import { observabilityPlugins } from './observability/index.js';
import { silentLogger, yogaLogger, type Logger } from './observability/logger.js';
import type { Metrics } from './observability/metrics.js';
import { timedDb } from './observability/timed-db.js';
import { useOidcRoutes } from './modules/auth/oidc-routes.js';
import type { OidcOptions } from './modules/auth/oidc-options.js';
import { useAccessLog } from './modules/access-log/access-log-plugin.js';
import { compiledExecution } from './compiled-execution.js';
import { queryBudget, type QueryBudgetOptions } from './query-budget.js';

export interface AppOptions {
  /** Production hides GraphiQL; the explorer stays on in development. */
  production?: boolean;
  /** Serve repeated anonymous questions from memory; only where this process is the one writer. */
  responseCache?: ResponseCacheOptions | null;
  /** The request log and yoga's own messages; silent when absent. */
  logger?: Logger;
  /** Prometheus metrics and GET /metrics (with a bearer token when given); off when absent. */
  metrics?: { metrics: Metrics; token: string | null } | null;
  /** Sign-in with the organisation's identity provider at /auth/oidc/…; off when absent. */
  oidc?: OidcOptions | null;
  /** Record who was shown whose personal data (modules/access-log); main.ts turns it on. */
  accessLog?: boolean;
  /** Work per client per minute (query-budget.ts); off when absent. main.ts turns it on. */
  queryBudget?: QueryBudgetOptions | null;
}

/** GraphiQL's page outside production (security-headers.ts allows its inline scripts by their hashes). */
export const GRAPHIQL = { title: 'Hænderne – GraphQL' };

/** Builds the GraphQL server; main.ts decides where it listens, tests call `yoga.fetch`. */
export function createApp(services: AppServices, options: AppOptions = {}) {
  const cache = options.responseCache
    ? { epoch: new StoreEpoch(() => todayInDenmark()), options: { ...options.responseCache, metadata: options.responseCache.metadata ?? !options.production } }
    : null;
  const logger = options.logger ?? silentLogger;
  const db = options.metrics ? timedDb(services.db, options.metrics.metrics) : services.db;
  const shared = {
    ...services,
    db: cache ? advancingOnWrite(db, cache.epoch) : db,
    settings: { ...DEFAULT_SETTINGS, ...services.settings, organisationSignIn: Boolean(options.oidc) },
    throttle: services.throttle ?? new SignInThrottle(),
  };
  // Over HTTP, yoga's server context holds the node request (its socket names the client).
  return createYoga<{ req?: IncomingMessage }, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // hardening.ts's body limit (1 MB; a body without a valid length is read up to it) is the one
    // in force. Yoga's own (25 MB) piped every body through a TransformStream, with an
    // AbortSignal and a DOMException per request: { __typename } in process took 0.28 ms with
    // it, 0.12 without (p50, 3,000 requests, alternated runs).
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    // The web app and the API share one origin; no other site may read answers with a visitor's credentials.
    cors: false,
    graphiql: options.production ? false : GRAPHIQL,
    // Unexpected errors reach the client as "Unexpected error."; coded GraphQLErrors pass.
    maskedErrors: { maskError: maskInternals },
    context: ({ request, req }) => createRequestContext(shared, request, req),
    plugins: [
      ...observabilityPlugins({ logger, metrics: options.metrics ?? null, trustProxy: shared.settings.trustProxy }),
      ...(options.oidc ? [useOidcRoutes(options.oidc, { ...shared, logger, metrics: options.metrics?.metrics ?? null })] : []),
      ...hardeningPlugins({ production: options.production ?? false }),
      // After the body limit, which replaces a request whose chunked body it has read: the
      // cookie store (a sign-in's Set-Cookie) must belong to the request the resolvers see.
      useCookies(),
      // After the cookie store, so that a sign-in's Set-Cookie is on the answer it looks at.
      privateAnswers(),
      // Before the response cache, whose executor wraps the one in place when its hook runs.
      compiledExecution(),
      // Between the two: the cache calls the executor in place at its hook only on a miss, so
      // an answer from the cache spends no budget.
      ...(options.queryBudget ? [queryBudget(options.queryBudget)] : []),
      ...(cache ? [responseCachePlugin(cache.epoch, cache.options)] : []),
      ...(options.accessLog ? [useAccessLog(logger)] : []),
      useRoundTrips(),
      readinessCheck('/ready', () => services.db.ping()),
    ],
  });
}

export type App = ReturnType<typeof createApp>;

/**
 * Reports how many statements the operation sent to the engine in `extensions.roundTrips`,
 * so clients and tests can see that it does not grow with the size of the result.
 */
function useRoundTrips(): Plugin<RequestContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const roundTrips = (args.contextValue as Partial<RequestContext>).roundTrips?.count;
          if (roundTrips !== undefined) setResult({ ...result, extensions: { ...result.extensions, roundTrips } });
        },
      };
    },
  };
}

/**
 * GET /ready: 200 once the engine answers, 503 with the error's message when it does not; as
 * yoga's useReadinessCheck answers it, without the URLPattern that plugin tests every request
 * against (a polyfilled match per request; for a literal path it matches what the pathname
 * comparison below does).
 */
function readinessCheck(endpoint: string, check: () => Promise<void>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      // The path alone: `/graphql?x=/ready` is a GraphQL request (an outside probe had it answered
      // by the readiness check, as the whole URL ended in /ready).
      if (url.pathname !== endpoint) return;
      return check().then(
        () => endResponse(new fetchAPI.Response(null, { status: 200 })),
        (err: unknown) =>
          endResponse(
            err instanceof Error
              ? new fetchAPI.Response(err.message, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
              : new fetchAPI.Response(null, { status: 503, headers: {} }),
          ),
      );
    },
  };
}
