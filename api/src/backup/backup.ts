import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { GraphDb } from '../db/graph-db.js';
import type { QueryCatalog } from '../queries.js';
import { checkExport, contentHash, exportGraph } from '../modules/transfer/graph-export.js';

/** haenderne-2026-12-06T07-10-00-000Z.json: sortable by name, no colons (Windows shares). */
const NAME = /^haenderne-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/;
export const SIDECAR = '.sha256';

export interface BackupResult {
  file: string;
  bytes: number;
  /** SHA-256 of the file's bytes, also in `<file>.sha256` (the format `sha256sum -c` reads). */
  sha256: string;
  /** The map's content hash (nodes and relationships), as `npm run transfer -- hash` prints it. */
  contentHash: string;
  nodes: number;
  relationships: number;
  changes: number;
  seconds: number;
}

export interface BackupCheck {
  ok: boolean;
  problems: string[];
  sha256: string;
  contentHash: string | null;
}

/**
 * An online backup of the whole map and audit trail (the access log with it): the same
 * consistent export as `npm run transfer -- export`, read while the server keeps serving, so
 * nothing has to stop. Written atomically (a temporary file, fsync, rename, fsync of the
 * folder): a crash leaves the previous backups and at most a `.tmp` file, never half a backup
 * under a backup's name. Then verified: read back, its SHA-256 compared with what was
 * written, parsed and checked as an export, and its content hash compared with the state
 * read. The `.sha256` file is written last; a backup without one is not complete.
 */
export async function writeBackup(db: GraphDb, q: QueryCatalog, dir: string, now: Date = new Date()): Promise<BackupResult> {
  const started = performance.now();
  const data = await exportGraph(db, q);
  const json = JSON.stringify(data);
  const sha256 = hashOf(json);
  const name = `haenderne-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  const file = path.join(dir, name);
  writeAtomically(file, json);
  const check = verifyBackupFile(file, sha256);
  const expected = contentHash(data);
  if (!check.ok || check.contentHash !== expected) {
    fs.rmSync(file, { force: true });
    throw new Error(
      `the backup did not verify: ${[...check.problems, check.contentHash !== expected ? 'content hash differs' : ''].filter(Boolean).join('; ')}`,
    );
  }
  writeAtomically(file + SIDECAR, `${sha256}  ${name}\n`);
  return {
    file,
    bytes: Buffer.byteLength(json),
    sha256,
    contentHash: expected,
    nodes: data.nodes.length,
    relationships: data.relationships.length,
    changes: data.changes.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Checks a backup file against its `.sha256` file (or a given hash) and as an export. */
export function verifyBackupFile(file: string, expectedSha256?: string): BackupCheck {
  const problems: string[] = [];
  const bytes = fs.readFileSync(file);
  const sha256 = hashOf(bytes);
  let expected = expectedSha256;
  if (!expected) {
    const sidecar = file + SIDECAR;
    if (fs.existsSync(sidecar)) expected = fs.readFileSync(sidecar, 'utf8').trim().split(/\s+/)[0];
    else problems.push(`no ${path.basename(sidecar)} beside it (an incomplete backup)`);
  }
  if (expected && expected !== sha256) problems.push(`SHA-256 ${sha256} is not the recorded ${expected} (the file changed or is damaged)`);
  let hash: string | null = null;
  try {
    hash = contentHash(checkExport(JSON.parse(bytes.toString('utf8'))));
  } catch (err) {
    problems.push(`not a valid export: ${(err as Error).message}`);
  }
  return { ok: problems.length === 0, problems, sha256, contentHash: hash };
}

/** The backups in `dir`, oldest first (names sort by time). */
export function listBackups(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Keeps the newest `keep` backups (with their .sha256 files); deletes older ones and stale temporary files. Returns what it deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const f of old) {
    fs.rmSync(f + SIDECAR, { force: true });
    fs.rmSync(f, { force: true });
  }
  const hourAgo = Date.now() - 3_600_000;
  for (const f of fs.readdirSync(dir)) {
    const full = path.join(dir, f);
    if (/^\.haenderne-.*\.tmp-\d+$/.test(f) && fs.statSync(full).mtimeMs < hourAgo) fs.rmSync(full, { force: true });
  }
  return old;
}

function writeAtomically(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    const fd = fs.openSync(tmp, 'w', 0o640);
    try {
      fs.writeFileSync(fd, content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  // The rename itself is durable only once the folder is.
  const dirFd = fs.openSync(path.dirname(file), 'r');
  try {
    fs.fsyncSync(dirFd);
  } finally {
    fs.closeSync(dirFd);
  }
}

const hashOf = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
