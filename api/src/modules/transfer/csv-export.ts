import { stringify } from 'csv-stringify/sync';
import { CSV_CELLS } from '../core/csv-cells.js';
import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { NodeLabel } from '../../domain/vocabulary.js';
import { byDanishName } from '../../domain/danish.js';

const FIRST = ['id', 'name', 'kind', 'sector', 'status', 'level', 'title'];
const HIDDEN = new Set(['sourceHash']);

/**
 * A list as CSV: one row per node in Danish name order, the common columns first and the rest
 * alphabetically; lists joined with "; ". UTF-8 with a BOM so Excel shows æ, ø and å.
 */
export async function exportCsv(
  db: QueryRunner,
  q: QueryCatalog,
  label: NodeLabel,
  /** Called with each row the file holds (the access log notes the people in it). */
  exported: (row: Record<string, unknown>) => void = () => {},
): Promise<string> {
  const rows = (await db.run<{ props: Record<string, unknown> }>(q.nodesByLabel, { label })).map((r) => r.props).sort(byDanishName);
  for (const r of rows) exported(r);
  const keys = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!HIDDEN.has(k)) keys.add(k);
  const columns = [...FIRST.filter((k) => keys.has(k)), ...[...keys].filter((k) => !FIRST.includes(k)).sort()];
  const cell = (v: unknown) => (Array.isArray(v) ? v.join('; ') : v === null || v === undefined ? '' : String(v));
  return (
    '\uFEFF' +
    stringify(
      rows.map((r) => columns.map((c) => cell(r[c]))),
      { header: true, columns, ...CSV_CELLS },
    )
  );
}
