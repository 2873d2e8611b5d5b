import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { SERVER_MALLOC_ENV, SERVER_NODE_FLAGS } from '../../bench/processes.js';

/**
 * The bench measures the server's memory as it runs in use (docs/DESIGN.md, Memory of the API
 * process): `npm start`, the Dockerfile and the bench's servers carry the same malloc and V8
 * settings.
 */
describe('the server runs with one set of memory settings', () => {
  const start = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');

  it('npm start sets every malloc variable and V8 flag the bench gives its servers', () => {
    for (const [name, value] of Object.entries(SERVER_MALLOC_ENV)) expect(start).toContain(`${name}=${value} `);
    for (const flag of SERVER_NODE_FLAGS) expect(start).toMatch(new RegExp(`NODE_OPTIONS="${flag} `));
  });

  it('the Dockerfile sets them too', () => {
    const env = dockerfile.split('\n').find((l) => l.startsWith('ENV ') && l.includes('MALLOC_'))!;
    for (const [name, value] of Object.entries(SERVER_MALLOC_ENV)) expect(env).toContain(` ${name}=${value} `);
    const cmd = JSON.parse(
      dockerfile
        .split('\n')
        .find((l) => l.startsWith('CMD ["node"'))!
        .slice(4),
    ) as string[];
    expect(cmd.slice(1, 1 + SERVER_NODE_FLAGS.length)).toEqual([...SERVER_NODE_FLAGS]);
  });
});
