import type { GraphDb } from '../db/graph-db.js';
import { passingOn } from '../db/wrapped-db.js';

/**
 * Which state of the store an answer was computed from: a counter of the writes this process
 * has finished, and the Danish day (answers judge "current" against it). Cached answers are
 * filed under the epoch they were computed in and are served only while it lasts.
 */
export class StoreEpoch {
  private writes = 0;

  constructor(private readonly today: () => string) {}

  current(): string {
    return `w${this.writes}-${this.today()}`;
  }

  /** Called after every write transaction, committed or not: a rolled-back one costs only a cold cache. */
  advance(): void {
    this.writes++;
  }
}

/** The same store, advancing `epoch` when each write transaction has ended. */
export function advancingOnWrite(db: GraphDb, epoch: StoreEpoch): GraphDb {
  return {
    ...passingOn(db),
    write: async (work) => {
      try {
        return await db.write(work);
      } finally {
        epoch.advance();
      }
    },
  };
}
