import { createHash, randomBytes } from 'node:crypto';
import type { GraphDb } from '../db/graph-db.js';
import { passingOn } from '../db/wrapped-db.js';

/**
 * Which state of the store an answer was computed from: a counter of the writes this process
 * has finished, and the Danish day (answers judge "current" against it). Cached answers are
 * filed under the epoch they were computed in and are served only while it lasts.
 */
export class StoreEpoch {
  private writes = 0;
  /** Names the epoch without telling it: it reaches visitors inside every ETag. */
  private readonly salt = randomBytes(12).toString('base64url');
  private named = { state: '', name: '' };

  constructor(private readonly today: () => string) {}

  /**
   * An opaque name for the epoch: it is part of the cache key, which the response cache hands
   * out as the ETag. It was `w<writes>-<day>`, so a visitor read how many writes the process had
   * made and watched edits and exports happen (an outside probe); now a salted hash, made once
   * per epoch.
   */
  current(): string {
    const state = `${this.writes}|${this.today()}`;
    if (state !== this.named.state) this.named = { state, name: createHash('sha256').update(`${this.salt}|${state}`).digest('base64url').slice(0, 22) };
    return this.named.name;
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
