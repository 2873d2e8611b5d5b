import type { GraphDb } from '../db/graph-db.js';
import type { QueryCatalog } from '../queries.js';
import type { Logger } from '../observability/logger.js';
import type { Metrics } from '../observability/metrics.js';
import { pruneBackups, writeBackup } from './backup.js';

export interface BackupSchedule {
  dir: string;
  intervalMs: number;
  /** How many backups to keep; older ones are deleted after each new one verified. */
  keep: number;
}

/**
 * A backup now and then every interval, never two at once (a slow one makes the next wait for
 * the following tick). Each outcome is logged and counted; a failure leaves the backups
 * already there alone. Returns a function that stops the schedule and waits for a running backup.
 */
export function startBackups(db: GraphDb, q: QueryCatalog, s: BackupSchedule, logger: Logger, metrics: Metrics | null): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = (async () => {
      try {
        const r = await writeBackup(db, q, s.dir);
        const pruned = pruneBackups(s.dir, s.keep);
        metrics?.backup(true, r.seconds, r.bytes);
        logger.info(
          {
            file: r.file,
            bytes: r.bytes,
            sha256: r.sha256,
            contentHash: r.contentHash,
            nodes: r.nodes,
            relationships: r.relationships,
            changes: r.changes,
            seconds: Number(r.seconds.toFixed(2)),
            pruned: pruned.length,
          },
          'backup written and verified',
        );
      } catch (err) {
        metrics?.backup(false, 0, 0);
        logger.error({ err: { message: (err as Error).message }, dir: s.dir }, 'backup failed');
      } finally {
        running = null;
      }
    })();
  };
  run();
  const timer = setInterval(run, s.intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
