import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import type { AppServices, RequestContext } from './context.js';
import { createRequestContext, DEFAULT_SETTINGS } from './context.js';
import { SignInThrottle } from './auth/sign-in-throttle.js';
import { buildSchema } from './schema.js';
import { hardeningPlugins } from './hardening.js';

export interface AppOptions {
  /** Production hides GraphiQL; the explorer stays on in development. */
  production?: boolean;
}

/** Builds the GraphQL server; main.ts decides where it listens, tests call `yoga.fetch`. */
export function createApp(services: AppServices, options: AppOptions = {}) {
  const shared = {
    ...services,
    settings: { ...DEFAULT_SETTINGS, ...services.settings },
    throttle: services.throttle ?? new SignInThrottle(),
  };
  return createYoga<Record<string, unknown>, RequestContext>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: options.production ? false : { title: 'Hænderne – GraphQL' },
    // Unexpected errors reach the client as "Unexpected error."; coded GraphQLErrors pass.
    maskedErrors: true,
    context: ({ request }) => createRequestContext(shared, request),
    plugins: [
      useCookies(),
      ...hardeningPlugins({ production: options.production ?? false }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await services.db.ping();
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
