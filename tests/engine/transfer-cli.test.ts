import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { LAUNCHER_PASSWORD, leaseNeo4jDatabase, testEngine } from '../support/test-db.js';

const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-transfer-'));
const leases = new Map<string, Awaited<ReturnType<typeof leaseNeo4jDatabase>>>();
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  await Promise.all([...leases.values()].map((l) => l.release()));
});

/**
 * Where the CLI's store `name` is, as the environment an operator would set: a file-backed
 * embedded store of its own, or (npm run test:neo4j) a Neo4j database of its own.
 */
async function storeEnv(name: string): Promise<NodeJS.ProcessEnv> {
  if (testEngine === 'embedded') {
    const dir = path.join(work, name);
    fs.mkdirSync(dir, { recursive: true });
    return { ...process.env, GRAPH_DATA_DIR: dir, NEO4J_URI: '' };
  }
  if (!leases.has(name)) leases.set(name, await leaseNeo4jDatabase());
  return { ...process.env, NEO4J_URI: leases.get(name)!.uri, NEO4J_PASSWORD: LAUNCHER_PASSWORD };
}

/** The CLI against a store of its own, as an operator runs it. */
async function cli(store: string, args: string[]) {
  const env = await storeEnv(store);
  try {
    const { stdout } = await run(tsx, [path.join(repoRoot, 'api/src/cli/transfer.ts'), ...args], { env, cwd: repoRoot });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

describe('npm run transfer: backup, restore and sheet import from the command line', () => {
  it(
    'export → empty store → import gives the same content hash, with progress',
    async () => {
      const seeded = await run(tsx, [path.join(repoRoot, 'seed/cli.ts')], { env: await storeEnv('a'), cwd: repoRoot });
      // Not a terminal: one line as the load starts and one as it ends, no redrawn frames.
      expect(seeded.stdout).toMatch(/^Loading: 1655 rows…\nLoading: 1655 of 1655 rows in \d+\.\d s\.$/m);
      expect(seeded.stdout).not.toContain('\r');
      const file = path.join(work, 'backup.json');
      const exported = await cli('a', ['export', '--out', file]);
      expect(exported.stdout).toMatch(/Exported 575 nodes, 1080 relationships/);
      const source = (await cli('a', ['hash'])).stdout.trim();
      const imported = await cli('b', ['import', file]);
      expect(imported.stdout).toMatch(/^Importing: 1655 rows…\nImporting: 1655 of 1655 rows in \d+\.\d s\.$/m);
      expect(imported.stdout).not.toContain('\r');
      expect((await cli('b', ['hash'])).stdout.trim()).toBe(source);
    },
    testEngine === 'neo4j' ? 180_000 : 60_000,
  );

  it(
    'a sheet whose 500th row is bad writes nothing and names the row; the fixed sheet writes all',
    async () => {
      const header = 'id,name,title,profession,email,phone,fictitious,organisationId,role';
      const rows = Array.from(
        { length: 600 },
        (_, i) =>
          `person:cli-${i + 2},Testperson ${i + 2},Sagsbehandler,,${i + 2 === 500 ? 'ikke-en-adresse' : `p${i + 2}@randers.dk`},,true,org:ppr-randers,Psykolog`,
      );
      const sheet = path.join(work, 'people.csv');
      fs.writeFileSync(sheet, [header, ...rows].join('\n'));
      const before = (await cli('a', ['hash'])).stdout.trim();
      const bad = await cli('a', ['import-sheet', '--kind', 'PEOPLE', sheet, '--commit']);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/row 500, email:/);
      expect(bad.stdout).toContain('nothing written: 1 problem(s)');
      expect((await cli('a', ['hash'])).stdout.trim()).toBe(before);
      fs.writeFileSync(sheet, [header, ...rows].join('\n').replace('ikke-en-adresse', 'p500@randers.dk'));
      const good = await cli('a', ['import-sheet', '--kind', 'PEOPLE', sheet, '--commit']);
      expect(good.stdout).toMatch(/600 rows, 600 valid; written: nodes 600 created/);
    },
    testEngine === 'neo4j' ? 180_000 : 60_000,
  );

  it('an unknown command or kind is refused with the usage', async () => {
    expect(await cli('c', ['frobnicate'])).toMatchObject({ code: 1, stdout: expect.stringContaining('unknown command "frobnicate"') });
    expect((await cli('c', ['import-sheet', '--kind', 'CATS', 'x.csv'])).stdout).toContain('--kind must be one of PEOPLE, ORGANISATIONS, MEMBERSHIPS');
  }, 30_000);
});
