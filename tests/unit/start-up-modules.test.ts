import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';

/**
 * What a server loads before its first request stays in its memory for good. The packages below
 * serve what few requests or set-ups need (a workbook, Neo4j, /metrics, development's log
 * lines): together ~45 MB of RSS that a server with the embedded engine never used. They load on
 * first use (docs/DESIGN.md, Memory of the API process); a static import would bring them back.
 */
const LOADED_ON_FIRST_USE = ['exceljs', 'neo4j-driver', 'prom-client', 'pino-pretty'];

/** The modules main.ts imports, in a fresh process (main.ts itself would start a server). */
const STATIC_GRAPH = [
  'api/src/config.ts',
  'api/src/bootstrap.ts',
  'api/src/app.ts',
  'api/src/server.ts',
  'api/src/open-db.ts',
  'api/src/observability/logger.ts',
  'api/src/modules/access-log/access-log-retention.ts',
  'api/src/backup/backup-schedule.ts',
];

function packagesLoadedBy(files: string[]): string[] {
  const script = `
    const { createRequire } = await import('node:module');
    for (const f of ${JSON.stringify(files)}) await import(${JSON.stringify(`${repoRoot}/`)} + f);
    const cache = createRequire(import.meta.url).cache;
    const names = new Set(Object.keys(cache).map((k) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(k)?.[1]).filter(Boolean));
    console.log(JSON.stringify([...names]));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as string[];
}

describe('start-up loads only what every server needs', () => {
  it('leaves the rarely used packages for their first use', () => {
    const loaded = packagesLoadedBy(STATIC_GRAPH);
    // The check itself sees CommonJS packages: graphql is one every server loads.
    expect(loaded).toContain('graphql');
    for (const name of LOADED_ON_FIRST_USE) expect(loaded, name).not.toContain(name);
  }, 60_000);
});
