import { spawn } from 'node:child_process';
import { startNeo4j } from './neo4j-process.js';

/**
 * `tsx tests/neo4j-server/with-neo4j.ts <command…>` (what `npm run test:neo4j` runs): starts the
 * project's own Neo4j 5.26 with its pool of empty databases, runs the command with
 * TEST_NEO4J_POOL (tests lease a database per store they open, see tests/support/test-db.ts),
 * NEO4J_URI and NEO4J_PASSWORD set, then stops Neo4j and exits with the command's code.
 *
 * It never uses a NEO4J_URI already in the environment: the tests wipe the databases they
 * lease, and a Neo4j of your own is not theirs to wipe.
 */
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-neo4j.ts <command> [args…]');
  process.exit(2);
}

const started = performance.now();
const neo4j = await startNeo4j({ pool: true, log: (line) => console.log(line) });
console.log(`Neo4j 5.26 Community ready on ${neo4j.uri} after ${((performance.now() - started) / 1000).toFixed(1)} s; databases lent from ${neo4j.poolUrl}`);
const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, TEST_NEO4J_POOL: neo4j.poolUrl! };
const child = spawn(command, args, { stdio: 'inherit', env });
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => {
  void neo4j.stop().then(() => process.exit(code ?? (signal ? 1 : 0)));
});
