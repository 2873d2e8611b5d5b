import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryAllocator } from '../../api/src/observability/allocator.js';
import { repoRoot } from '../../api/src/paths.js';
import { SERVER_LAUNCHER, SERVER_NODE_FLAGS } from '../../bench/processes.js';

/**
 * The bench measures the server's memory as it runs in use (docs/DESIGN.md, Memory of the API
 * process): `npm start`, the Dockerfile and the bench's servers go through one launcher, which
 * picks the allocator, with the same V8 flags.
 */
describe('the server runs with one set of memory settings', () => {
  const start = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');

  it('npm start goes through the launcher with the V8 flags the bench gives its servers', () => {
    expect(start).toContain(`sh ${SERVER_LAUNCHER} tsx api/src/main.ts`);
    for (const flag of SERVER_NODE_FLAGS) expect(start).toMatch(new RegExp(`NODE_OPTIONS="${flag} `));
  });

  it('the Dockerfile installs jemalloc, insists on it and starts node through the launcher', () => {
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends libjemalloc2/);
    expect(dockerfile.split('\n').find((l) => l.startsWith('ENV '))).toContain(' MEMORY_ALLOCATOR=jemalloc ');
    const cmd = JSON.parse(
      dockerfile
        .split('\n')
        .find((l) => l.startsWith('CMD ["sh"'))!
        .slice(4),
    ) as string[];
    expect(cmd.slice(0, 3)).toEqual(['sh', SERVER_LAUNCHER, 'node']);
    expect(cmd.slice(3, 3 + SERVER_NODE_FLAGS.length)).toEqual([...SERVER_NODE_FLAGS]);
  });
});

/** What a process started through the launcher runs on: its own mappings and malloc variables. */
function launched(env: Record<string, string>): { status: number | null; stderr: string; allocator: string; conf: string; arenas: string } {
  const probe = `const fs=require('fs');process.stdout.write(JSON.stringify({allocator:fs.readFileSync('/proc/self/maps','utf8').includes('libjemalloc')?'jemalloc':'glibc',conf:process.env.MALLOC_CONF??'',arenas:process.env.MALLOC_ARENA_MAX??''}))`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LD_PRELOAD|MALLOC_|MEMORY_ALLOCATOR|JEMALLOC_)/.test(k)));
  const run = spawnSync('sh', [SERVER_LAUNCHER, process.execPath, '-e', probe], { cwd: repoRoot, env: { ...clean, ...env }, encoding: 'utf8' });
  const out = run.status === 0 ? (JSON.parse(run.stdout) as { allocator: string; conf: string; arenas: string }) : { allocator: '', conf: '', arenas: '' };
  return { status: run.status, stderr: run.stderr, ...out };
}

// .ci/run installs libjemalloc2, so CI takes the jemalloc branch; a machine without it, the other.
const jemallocHere = ['/usr/lib/x86_64-linux-gnu/libjemalloc.so.2', '/usr/lib/aarch64-linux-gnu/libjemalloc.so.2'].find((p) => fs.existsSync(p));

describe.runIf(process.platform === 'linux')('the launcher (api/bin/with-allocator.sh)', () => {
  it(jemallocHere ? 'preloads jemalloc, which returns freed pages on its own' : 'falls back to glibc with two arenas (no jemalloc here)', () => {
    const got = launched({});
    expect(got.status).toBe(0);
    if (jemallocHere) {
      expect(got.allocator).toBe('jemalloc');
      expect(got.conf).toContain('background_thread:true');
      expect(got.conf).toContain('narenas:2');
    } else {
      expect(got).toMatchObject({ allocator: 'glibc', arenas: '2' });
    }
  });

  it('keeps glibc with two arenas when asked to', () => {
    expect(launched({ MEMORY_ALLOCATOR: 'glibc' })).toMatchObject({ status: 0, allocator: 'glibc', arenas: '2', conf: '' });
  });

  it('refuses to start when jemalloc is required but missing, or the choice is unknown', () => {
    const missing = launched({ MEMORY_ALLOCATOR: 'jemalloc', JEMALLOC_LIBRARY: '/nonexistent/libjemalloc.so.2' });
    expect(missing.status).toBe(78);
    expect(missing.stderr).toContain('apt-get install libjemalloc2');
    const unknown = launched({ MEMORY_ALLOCATOR: 'tcmalloc' });
    expect(unknown.status).toBe(78);
    expect(unknown.stderr).toContain('MEMORY_ALLOCATOR must be auto, jemalloc or glibc');
  });

  it('takes the library from JEMALLOC_LIBRARY when it lies elsewhere', () => {
    if (!jemallocHere) return;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jemalloc-'));
    const elsewhere = path.join(dir, 'libjemalloc.so.2');
    fs.copyFileSync(jemallocHere, elsewhere);
    try {
      expect(launched({ MEMORY_ALLOCATOR: 'jemalloc', JEMALLOC_LIBRARY: elsewhere })).toMatchObject({ status: 0, allocator: 'jemalloc' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the start-up log names the allocator', () => {
  it('reads it from the process mappings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maps-'));
    const maps = path.join(dir, 'maps');
    fs.writeFileSync(maps, '7f00-7f01 r-xp 0 08:01 1 /usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n');
    expect(memoryAllocator(maps)).toBe('jemalloc');
    fs.writeFileSync(maps, '7f00-7f01 r-xp 0 08:01 1 /usr/lib/x86_64-linux-gnu/libc.so.6\n');
    expect(memoryAllocator(maps)).toBe('glibc');
    expect(memoryAllocator(path.join(dir, 'missing'))).toBe('unknown');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
