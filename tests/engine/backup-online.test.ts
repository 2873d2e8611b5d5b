import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../api/src/app.js';
import type { GraphDb } from '../../api/src/db/graph-db.js';
import type { QueryCatalog } from '../../api/src/queries.js';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { repoRoot } from '../../api/src/paths.js';
import { createUser } from '../../api/src/modules/auth/auth-store.js';
import { contentHash, exportGraph, importGraph, checkExport } from '../../api/src/modules/transfer/graph-export.js';
import { listBackups, pruneBackups, verifyBackupFile, writeBackup, SIDECAR } from '../../api/src/backup/backup.js';
import { startBackups } from '../../api/src/backup/backup-schedule.js';
import { createLogger } from '../../api/src/observability/logger.js';
import { Metrics } from '../../api/src/observability/metrics.js';
import { loadSeedDir } from '../../api/src/dataset/load-dataset.js';
import { openTestDb, type GqlResult } from '../support/test-app.js';

/**
 * Online backups: written while the API takes writes, atomically, verified by their hashes,
 * pruned to the newest few, and restored the documented way into an empty store with the same
 * content hash. The store is the one the environment selects; the CLI restore is the embedded
 * store's (its file has one owner), so it runs only there.
 */
const run = promisify(execFile);
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-backup-'));
let db: GraphDb;
let queries: QueryCatalog;
let app: App;
let editor: Record<string, string>;

beforeAll(async () => {
  ({ db, queries } = await openTestDb());
  await loadSeedDir(db, queries, DEFAULT_DATASET);
  app = createApp({ db, queries });
  await createUser(db, queries, { email: 'redaktoer@rm.dk', name: 'R', role: 'EDITOR', password: 'en-lang-adgangskode' });
  const r = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { signIn(email: "redaktoer@rm.dk", password: "en-lang-adgangskode") { token } }' }),
  });
  editor = { authorization: `Bearer ${((await r.json()) as GqlResult<{ signIn: { token: string } }>).data!.signIn.token}` };
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const dirFor = (name: string) => fs.mkdirSync(path.join(work, name), { recursive: true }) ?? path.join(work, name);

async function createOrganisation(i: number): Promise<void> {
  const res = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...editor },
    body: JSON.stringify({ query: `mutation { createOrganisation(properties: {name: "Backup-test ${i}", kind: REGION, sector: REGION}) { id } }` }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
}

describe('online backups of the store', () => {
  it('are written while the API takes writes, each a consistent state that verifies', async () => {
    const dir = dirFor('online');
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) await createOrganisation(written++);
    })();
    const backups = [];
    for (let i = 0; backups.length < 3 || written < 6; i++) backups.push(await writeBackup(db, queries, dir, new Date(Date.UTC(2026, 0, 1, 0, 0, i))));
    writing = false;
    await writer;
    // Writes went on between the backups, so they hold growing states, each whole.
    const counts = backups.map((b) => b.nodes);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)!).toBeGreaterThan(counts[0]!);
    for (const b of backups) {
      expect(path.basename(b.file)).toMatch(/^haenderne-2026-01-01T00-00-\d\d-000Z\.json$/);
      const check = verifyBackupFile(b.file);
      expect(check).toEqual({ ok: true, problems: [], sha256: b.sha256, contentHash: b.contentHash });
      expect(fs.readFileSync(b.file + SIDECAR, 'utf8')).toBe(`${b.sha256}  ${path.basename(b.file)}\n`);
      const data = checkExport(JSON.parse(fs.readFileSync(b.file, 'utf8')));
      const ids = new Set(data.nodes.map((n) => n.props.id));
      expect(data.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    }
    // Nothing half-written is left beside them.
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    // The last backup was read before the last writes: the store now holds more.
    expect(contentHash(await exportGraph(db, queries))).not.toBe(backups.at(-1)!.contentHash);
  });

  it('restore into an empty store with the same content hash', async () => {
    const dir = dirFor('restore');
    const b = await writeBackup(db, queries, dir);
    const target = await openTestDb();
    try {
      const data = checkExport(JSON.parse(fs.readFileSync(b.file, 'utf8')));
      await importGraph(target.db, target.queries, data, async () => {});
      expect(contentHash(await exportGraph(target.db, target.queries))).toBe(b.contentHash);
    } finally {
      await target.db.close();
    }
  });

  it('are refused by verify when a byte changed or the .sha256 file is missing', async () => {
    const dir = dirFor('damaged');
    const b = await writeBackup(db, queries, dir);
    const bytes = fs.readFileSync(b.file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    fs.writeFileSync(b.file, bytes);
    const damaged = verifyBackupFile(b.file);
    expect(damaged.ok).toBe(false);
    expect(damaged.problems.join()).toMatch(/is not the recorded/);
    fs.rmSync(b.file + SIDECAR);
    expect(verifyBackupFile(b.file).problems.join()).toMatch(/incomplete backup/);
  });

  it('keep the newest few: older backups and their .sha256 files go, other files stay', () => {
    const dir = dirFor('prune');
    for (let i = 1; i <= 5; i++) {
      const name = `haenderne-2026-01-0${i}T00-00-00-000Z.json`;
      fs.writeFileSync(path.join(dir, name), '{}');
      fs.writeFileSync(path.join(dir, name + SIDECAR), 'x');
    }
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const deleted = pruneBackups(dir, 3).map((f) => path.basename(f));
    expect(deleted).toEqual(['haenderne-2026-01-01T00-00-00-000Z.json', 'haenderne-2026-01-02T00-00-00-000Z.json']);
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual([3, 4, 5].map((i) => `haenderne-2026-01-0${i}T00-00-00-000Z.json`));
    expect(fs.readdirSync(dir).sort()).toEqual(
      [...[3, 4, 5].flatMap((i) => [`haenderne-2026-01-0${i}T00-00-00-000Z.json`, `haenderne-2026-01-0${i}T00-00-00-000Z.json${SIDECAR}`]), 'notes.txt'].sort(),
    );
  });

  it('run on a schedule, keeping the newest, logged and counted', async () => {
    const dir = dirFor('schedule');
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', pretty: false, destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
    const metrics = new Metrics({ processMetrics: false });
    const stop = startBackups(db, queries, { dir, intervalMs: 150, keep: 2 }, logger, metrics);
    await expect
      .poll(() => lines.filter((l) => l.includes('backup written and verified')).length, { timeout: 15_000, interval: 100 })
      .toBeGreaterThanOrEqual(3);
    await stop();
    expect(listBackups(dir)).toHaveLength(2);
    for (const f of listBackups(dir)) expect(verifyBackupFile(f).ok).toBe(true);
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/haenderne_backups_total\{outcome="success"\} [3-9]/);
    expect(text).toMatch(/haenderne_backup_last_success_timestamp_seconds \d+/);
    const logged = JSON.parse(lines.find((l) => l.includes('backup written and verified'))!);
    expect(logged).toMatchObject({ level: 30, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), contentHash: expect.any(String) });
  });

  // On Neo4j the backup is written from Neo4j and restored, as documented, into an embedded store.
  it("restore as documented: transfer verify, then import into an empty store, then hash equals the backup's", async () => {
    const dir = dirFor('cli');
    const b = await writeBackup(db, queries, dir);
    const env = { ...process.env, GRAPH_DATA_DIR: path.join(work, 'restored'), NEO4J_URI: '', SEED_ON_EMPTY: 'false' };
    const cli = (args: string[]) => run(tsx, [path.join(repoRoot, 'api/src/cli/transfer.ts'), ...args], { env, cwd: repoRoot });
    expect((await cli(['verify', b.file])).stdout).toContain(`content hash ${b.contentHash}; verified.`);
    expect((await cli(['import', b.file])).stdout).toContain(`Content hash ${b.contentHash}`);
    expect((await cli(['hash'])).stdout.trim()).toBe(b.contentHash);
    fs.appendFileSync(b.file, ' ');
    const refused = await cli(['verify', b.file]).catch((e: { code: number; stdout: string }) => e);
    expect(refused).toMatchObject({ code: 1, stdout: expect.stringContaining('NOT verified') });
  }, 120_000);
});
