import { METRICS_PATH } from './metrics-endpoint.js';
import { OIDC_PATH } from '../modules/auth/oidc-routes.js';

/**
 * Paths server.ts hands to yoga besides GraphQL and the probes: its plugins answer them
 * (/metrics here, the OpenID Connect sign-in under /auth/oidc). Anything else is the web app.
 */
export const EXTRA_API_PATHS: readonly string[] = [METRICS_PATH, OIDC_PATH];
