/**
 * The mark of a person with more than one WORKS_IN link (a `SeveralWorkplaces` node keyed by
 * the person's id, dated links or not: a superset, as gaps/bridge-ties' test was; the dates are
 * checked on the works it reads). gaps/bridge-ties reads the marks instead of counting every
 * person's links (~8 ms of its engine time nationally), so the marks must be right whenever it
 * reads: every write that adds or removes a WORKS_IN link or deletes one of its ends keeps them
 * in its own transaction (keepSeveralWorkplaces), a bulk write mends them all before it commits,
 * and the start mends a store written before they existed (mendSeveralWorkplaces), as search
 * keys are kept (docs/DESIGN.md, "Search keys").
 */
import type { GraphDb, QueryRunner } from '../../../db/graph-db.js';
import type { QueryCatalog } from '../../../queries.js';

/** Marks the given people anew from their links (drops the marks of people who are gone). */
export async function keepSeveralWorkplaces(tx: QueryRunner, queries: QueryCatalog, personIds: readonly string[]): Promise<void> {
  if (personIds.length) await tx.run(queries.gapsKeepSeveralWorkplaces, { ids: [...new Set(personIds)] });
}

/** The people of WORKS_IN links among some relationships (their from end is the person). */
export function workersOf(relationships: readonly { type: string; from: string }[]): string[] {
  return relationships.filter((r) => r.type === 'WORKS_IN').map((r) => r.from);
}

/** The people whose mark is missing or left over. */
async function offMarks(tx: QueryRunner, queries: QueryCatalog): Promise<string[]> {
  const [row] = await tx.run<{ marked: string[]; counted: string[] }>(queries.gapsSeveralWorkplacesCheck);
  const marked = new Set(row?.marked ?? []);
  const counted = new Set(row?.counted ?? []);
  return [...[...marked].filter((id) => !counted.has(id)), ...[...counted].filter((id) => !marked.has(id))];
}

/** Mends every mark that is off, in a bulk write's transaction. Returns how many people were mended. */
export async function mendSeveralWorkplaces(tx: QueryRunner, queries: QueryCatalog): Promise<number> {
  const off = await offMarks(tx, queries);
  await keepSeveralWorkplaces(tx, queries, off);
  return off.length;
}

/**
 * The same at start, on the store: the check reads, and writes only when something is off (the
 * first write after opening costs the embedded engine ~40 MB; see backfillSearchKeys).
 */
export async function mendSeveralWorkplacesAtStart(db: GraphDb, queries: QueryCatalog): Promise<number> {
  const off = await offMarks(db, queries);
  if (off.length) await db.write((tx) => keepSeveralWorkplaces(tx, queries, off));
  return off.length;
}
