import type { QueryCatalog } from '../../api/src/queries.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import { openTestDb } from './test-db.js';
import { createApp, type App, type AppOptions } from '../../api/src/app.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';

export interface GqlResult<T = unknown> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }>;
}

export interface TestApp {
  db: GraphDb;
  queries: QueryCatalog;
  app: App;
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export { openTestDb, testEngine } from './test-db.js';

/** A seeded store behind the real GraphQL app, called through `yoga.fetch` (no port). */
export async function createTestApp(options: { seed?: boolean; dataset?: string; app?: AppOptions } = {}): Promise<TestApp> {
  const { db, queries } = await openTestDb();
  if (options.seed ?? true) await loadSeedDir(db, queries, options.dataset ?? DEFAULT_DATASET);
  const app = createApp({ db, queries }, options.app);
  return {
    db,
    queries,
    app,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const res = await app.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      // The caller declares the shape of its query's answer; the server is what it asserts against.
      return (await res.json()) as GqlResult<T>;
    },
    close: () => db.close(),
  };
}
