/**
 * Statements of one transaction sent at once (the embedded engine runs two at a time, one per
 * core; Neo4j's driver pipelines them). Every one is waited for before a failure is passed on:
 * the transaction must not end, and roll back, under a statement that is still running.
 * Answers keep the order they were asked in.
 */
export async function allAtOnce<T extends readonly unknown[]>(reads: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(reads);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
