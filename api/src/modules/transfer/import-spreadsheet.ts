import { randomUUID } from 'node:crypto';
import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { NodeLabel } from '../../domain/vocabulary.js';
import { SeedError, validateDataset, type Dataset, type SeedFile } from '../../dataset/read-dataset.js';
import { loadDataset, type LoadOptions } from '../../dataset/load-dataset.js';
import { recordChange } from '../core/audit.js';
import { assertStillMayImport } from './acting-editor.js';
import { readSpreadsheet, type Sheet, type SpreadsheetFormat } from './spreadsheet.js';
import { SheetError } from './sheet-error.js';
import { cellsOf, layoutOf, localNodes, locate, mapSheet, referencesOf, type MappedSheet, type SpreadsheetKind } from './sheet-mapping.js';
import { issue, type SheetIssue } from './sheet-issues.js';
import { resolveReferences } from './sheet-references.js';
import { adoptStoredTwins, deletedIdsOf } from './sheet-against-store.js';

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  validRows: number;
  issues: SheetIssue[];
  committed: boolean;
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  seconds: number;
}

/** At most this many issues travel back: a sheet with 10,000 bad rows says so without a 10 MB answer. */
export const MAX_ISSUES = 1000;

/**
 * Reads a sheet, resolves the nodes it names (by id or by name), validates every row with the
 * domain rules against what the store holds, and reports every bad row by number and column —
 * every row, even when the header row has problems too (an unknown column is left aside). Only a
 * sheet without a single problem is written, and then all of it in one transaction (with one
 * audit entry naming what it wrote).
 */
export async function importSpreadsheet(
  db: GraphDb,
  q: QueryCatalog,
  input: { kind: SpreadsheetKind; format: SpreadsheetFormat; content: Buffer; dryRun: boolean; actor: string },
  options: Pick<LoadOptions, 'onProgress'> = {},
): Promise<ImportReport> {
  const started = performance.now();
  const empty = { nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 };
  const report = (rows: number, issues: SheetIssue[], committed = false, counts = empty): ImportReport => {
    const sorted = issues.sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    return {
      dryRun: input.dryRun,
      rows,
      // The rows the sheet's own issues name; a header or file problem blocks the import but makes no row bad.
      validRows: rows - new Set(sorted.filter((i) => i.row > 1).map((i) => i.row)).size,
      issues: sorted.slice(0, MAX_ISSUES),
      committed,
      ...counts,
      seconds: (performance.now() - started) / 1000,
    };
  };

  let sheet: Sheet;
  try {
    sheet = await readSpreadsheet(input.format, input.content);
  } catch (err) {
    if (err instanceof SheetError) return report(0, [issue({ row: err.row, column: '(file)', code: err.code, message: err.message })]);
    throw err;
  }
  const layout = layoutOf(input.kind, sheet.headers);
  const cells = cellsOf(layout, sheet);
  const resolved = await resolveReferences(db, q, referencesOf(input.kind, cells.rows), localNodes(input.kind, cells.rows));
  const mapped = mapSheet(input.kind, cells.rows, resolved);
  const issues = [...layout.issues, ...cells.issues, ...mapped.issues];

  const existing = await existingLabels(db, q, mapped.file);
  let dataset: Dataset | undefined;
  try {
    dataset = validateDataset([{ file: 'sheet', content: mapped.file }], existing);
  } catch (err) {
    if (!(err instanceof SeedError)) throw err;
    // A cell already reported (a formula, a name that fits nothing) is not reported again as empty.
    const reported = new Set(issues.map((i) => `${i.row}|${i.field}`));
    for (const i of err.issues) {
      const where = locate(input.kind, mapped, i.at, i.field);
      // A required column the sheet lacks is reported once, in the header row.
      if (!layout.missing.has(where.field) && !reported.has(`${where.row}|${where.field}`)) issues.push(issue({ ...where, code: 'RULE', message: i.message }));
    }
  }
  if (issues.length || !dataset) return report(sheet.rows.length, issues);
  const valid = dataset;
  const deleted = await deletedIdsOf(db, q, valid, existing);
  if (deleted.size) return report(sheet.rows.length, deletedRowIssues(input.kind, mapped, deleted));
  if (input.dryRun) return report(sheet.rows.length, []);

  const counts = await loadDataset(db, q, valid, {
    ...options,
    beforeWrite: (tx) => adoptStoredTwins(tx, q, valid),
    afterWrite: async (tx) => {
      await assertStillMayImport(tx, q, input.actor);
      const ids = [...valid.nodes.values(), ...valid.relationships.values()].flat().map((r) => r.id);
      await recordChange(tx, q, {
        actor: input.actor,
        operation: 'IMPORT',
        entityId: `import:${randomUUID()}`,
        entityLabel: 'Import',
        before: null,
        after: { kind: input.kind, format: input.format, rows: sheet.rows.length, ids },
      });
    },
  });
  const { seconds: _s, ...written } = counts;
  return report(sheet.rows.length, [], true, written);
}

/** A row per deleted id, at the row that names it (sheet-against-store.ts). */
function deletedRowIssues(kind: SpreadsheetKind, mapped: MappedSheet, deleted: Set<string>): SheetIssue[] {
  return (mapped.file.nodes as Array<{ id?: unknown }>).flatMap((node, index) =>
    typeof node.id === 'string' && deleted.has(node.id)
      ? [
          issue({
            ...locate(kind, mapped, { section: 'nodes', index }, 'id'),
            code: 'DELETED',
            value: node.id,
            message: `${node.id} was deleted; restore it from its history instead`,
          }),
        ]
      : [],
  );
}

/** The labels of the stored nodes the sheet refers to, so rows may point at existing nodes. */
async function existingLabels(db: GraphDb, q: QueryCatalog, file: SeedFile): Promise<Map<string, NodeLabel>> {
  const ids = new Set<string>();
  for (const n of file.nodes ?? []) if (typeof (n as { id?: unknown }).id === 'string') ids.add((n as { id: string }).id);
  for (const r of file.relationships ?? []) {
    const { from, to } = r as { from?: unknown; to?: unknown };
    if (typeof from === 'string') ids.add(from);
    if (typeof to === 'string') ids.add(to);
  }
  const rows = await db.run<{ id: string; label: NodeLabel }>(q.existingIds, { ids: [...ids] });
  return new Map(rows.map((r) => [r.id, r.label]));
}
