import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Resolved from this file rather than process.cwd() so the server, the seed CLI and
// the tests find the same folders whichever directory they are started from.
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cypherDir = path.join(repoRoot, 'cypher');
export const modulesDir = path.join(repoRoot, 'api', 'src', 'modules');
export const webDistDir = path.join(repoRoot, 'web', 'dist');
export const seedDataDir = path.join(repoRoot, 'seed', 'data');
