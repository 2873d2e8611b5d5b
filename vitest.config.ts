import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS (main) and ESM (module) copies; Vite would pick the ESM one for our code
// while graphql-yoga, loaded by Node, gets the CJS one, and `instanceof GraphQLError` fails.
const graphqlMain = createRequire(import.meta.url).resolve('graphql');

// On Neo4j (npm run test:neo4j) every store is a database lent by the project's launcher and
// every statement a Bolt round trip: seeding and set-up take longer than in process.
const onNeo4j = Boolean(process.env.TEST_NEO4J_POOL);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The web app's own code (web/src/lib, hooks) in a DOM of happy-dom, against the real API in process.
      { extends: true, test: { name: 'web', include: ['tests/web/**/*.test.{ts,tsx}'], environment: 'happy-dom' } },
      { extends: true, test: { name: 'api', include: ['tests/api/**/*.test.ts'] } },
      { extends: true, test: { name: 'engine', include: ['tests/engine/**/*.test.ts'] } },
      { extends: true, test: { name: 'reliability', include: ['tests/reliability/**/*.test.ts'] } },
      // Both engines compared; only meaningful under npm run test:neo4j (TEST_NEO4J_POOL).
      { extends: true, test: { name: 'parity', include: ['tests/parity/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
    testTimeout: onNeo4j ? 60_000 : 20_000,
    hookTimeout: onNeo4j ? 120_000 : 30_000,
  },
});
