import os from 'node:os';
import { createApp, type App } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';
import type { TestApp } from './test-app.js';

/**
 * The app over a test store as `npm start` configures it from the environment given (the
 * defaults when empty): the response cache on, as with the embedded store, GraphiQL and the
 * cache's bookkeeping as NODE_ENV says.
 */
export function shippedApp(t: Pick<TestApp, 'db' | 'queries'>, env: Record<string, string> = {}): App {
  const config = loadConfig({ GRAPH_DATA_DIR: os.tmpdir(), ...env });
  return createApp({ db: t.db, queries: t.queries, settings: config.settings }, { production: config.production, responseCache: config.responseCache });
}
