import { startNeo4j } from './neo4j-process.js';

/**
 * `npm run neo4j [-- <data folder>]`: a Neo4j 5.26 for development, without Docker, until Ctrl-C.
 * Without a folder its data lives in a temporary folder and is gone when it stops. It also lends
 * empty databases to test runs (TEST_NEO4J_POOL), so one test file can be run on Neo4j by hand.
 */
const dataDir = process.argv[2];
const started = performance.now();
const neo4j = await startNeo4j({ dataDir, pool: true, log: (line) => console.log(line) });
console.log(
  `Neo4j 5.26 Community is ready after ${((performance.now() - started) / 1000).toFixed(1)} s (${dataDir ? `data in ${dataDir}` : 'temporary data'}). In another shell:\n`,
);
console.log(`  export NEO4J_URI=${neo4j.uri} NEO4J_PASSWORD=${neo4j.password}`);
console.log('  npm start                                   # the product on this Neo4j\n');
console.log(`  TEST_NEO4J_POOL=${neo4j.poolUrl} npx vitest run tests/api/contact.test.ts`);
console.log('                                              # one test file on Neo4j (a fresh database per store)\n');
console.log('Authentication is off (loopback only). Ctrl-C stops it.');
const stop = () => void neo4j.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
