import type { IncomingMessage } from 'node:http';
import type { GraphDb } from './db/graph-db.js';
import { wrappingStatements } from './db/wrapped-db.js';
import type { QueryCatalog } from './queries.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Viewer } from './auth/viewer.js';
import type { SignInThrottle } from './auth/sign-in-throttle.js';
import { tokenFromRequest } from './auth/session-token.js';
import { clientAddress, type TrustProxy } from './auth/client-address.js';
import { viewerForToken } from './modules/auth/auth-store.js';
import { newAccessNotes, type AccessNotes } from './modules/core/access-notes.js';

export interface AppSettings {
  /** How long a session lasts. */
  sessionHours: number;
  /** Whether anonymous visitors see people's names, phones and e-mails. */
  personalDataPublic: boolean;
  /** Cookies only over HTTPS (production behind TLS). */
  secureCookies: boolean;
  /** Whether staff can sign in with the organisation's identity provider (/auth/oidc/login). */
  organisationSignIn: boolean;
  /** The proxies whose X-Forwarded-For names the client; null: the socket's address is the client. */
  trustProxy: TrustProxy | null;
}

export const DEFAULT_SETTINGS: AppSettings = { sessionHours: 12, personalDataPublic: false, secureCookies: false, organisationSignIn: false, trustProxy: null };

/** What lives for the whole process. */
export interface AppServices {
  db: GraphDb;
  queries: QueryCatalog;
  settings?: Partial<AppSettings>;
  throttle?: SignInThrottle;
}

/** What every resolver receives; built fresh for each request. */
export interface RequestContext {
  db: GraphDb;
  queries: QueryCatalog;
  settings: AppSettings;
  throttle: SignInThrottle;
  request: Request;
  /** The client's address (see clientAddress), or "in-process" for a call without a socket. */
  clientAddress: string;
  /** The signed-in user, or null for an anonymous visitor. */
  viewer: Viewer | null;
  /** Counts every statement this request sends to the engine. */
  roundTrips: { count: number };
  loaders: Loaders;
  /** Whose personal data this answer shows, for the access log (see modules/access-log). */
  access: AccessNotes;
}

export async function createRequestContext(
  services: AppServices & { settings: AppSettings; throttle: SignInThrottle },
  request: Request,
  /** The node request behind `request` when it came over HTTP (yoga's server context). */
  req?: IncomingMessage,
): Promise<RequestContext> {
  const roundTrips = { count: 0 };
  const db = countingDb(services.db, roundTrips);
  const token = tokenFromRequest(request);
  const viewer = token ? await viewerForToken(db, services.queries, token) : null;
  return {
    db,
    queries: services.queries,
    settings: services.settings,
    throttle: services.throttle,
    request,
    clientAddress: clientAddress(req, services.settings.trustProxy),
    viewer,
    roundTrips,
    loaders: createLoaders(db, services.queries),
    access: newAccessNotes(),
  };
}

/** Wraps the engine so each statement, in or out of a transaction, is counted. */
function countingDb(db: GraphDb, counter: { count: number }): GraphDb {
  return wrappingStatements(db, (runner) => ({
    run: (query, params) => {
      counter.count++;
      return runner.run(query, params);
    },
  }));
}
