const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after the work started earlier for the same key has settled. For writes the
 * engine cannot order itself: two creates of a new node have no stored node to take a write
 * lock on (editing/twins.ts), and two loads of the same dataset each MERGE a relationship
 * neither can see yet (an outside probe sent one membership import four times at once and got
 * three relationships with one id: every backup then failed to verify). Per API process: the
 * embedded store has one; with Neo4j behind several processes, two sent to two of them at once
 * are not caught (one sent again later is).
 */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(work, work);
  const tail = run.then(settled, settled);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

function settled(): void {}
