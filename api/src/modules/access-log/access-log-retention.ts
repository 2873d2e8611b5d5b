import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Logger } from '../../observability/logger.js';
import { purgeAccessLog } from './access-log-store.js';

const DAY_MS = 86_400_000;

/** Deletes entries past the retention period at start and then once a day; returns a stop function. */
export function startAccessLogRetention(db: GraphDb, q: QueryCatalog, days: number, logger: Logger): () => void {
  const run = async () => {
    try {
      const deleted = await purgeAccessLog(db, q, days);
      if (deleted) logger.info({ deleted, retentionDays: days }, 'access log: entries past the retention period deleted');
    } catch (err) {
      logger.error({ err: { message: (err as Error).message } }, 'access log: the retention run failed');
    }
  };
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
