import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** A sheet as rows of text keyed by the (trimmed, lower-cased) header of the first row. */
export interface Sheet {
  columns: string[];
  /** `row` is the spreadsheet's own row number (the header is row 1). */
  rows: Array<{ row: number; values: Record<string, string> }>;
}

export class SheetError extends Error {
  override name = 'SheetError';
}

const MAX_ROWS = 50_000;

/**
 * Reads CSV (comma or semicolon separated, as Danish Excel writes it; UTF-8 with or without BOM)
 * or XLSX (the first sheet). Cells become trimmed text; empty cells are left out.
 */
export async function readSpreadsheet(format: SpreadsheetFormat, content: Buffer): Promise<Sheet> {
  let table: unknown[][];
  try {
    table = format === 'CSV' ? readCsv(content.toString('utf8')) : ((await readSheet(content)) as unknown[][]);
  } catch (err) {
    throw new SheetError(`cannot read the ${format} file: ${(err as Error).message}`);
  }
  const [header, ...body] = table;
  if (!header?.length) throw new SheetError('the sheet is empty: the first row must name the columns');
  if (body.length > MAX_ROWS) throw new SheetError(`the sheet has ${body.length} rows; at most ${MAX_ROWS} per import`);
  const columns = header.map((h) => String(h ?? '').trim().toLowerCase());
  const rows = body
    .map((cells, i) => ({
      row: i + 2,
      values: Object.fromEntries(
        columns
          .map((c, j) => [c, cellText(cells[j])] as const)
          .filter(([c, v]) => c !== '' && v !== ''),
      ),
    }))
    .filter((r) => Object.keys(r.values).length > 0);
  return { columns, rows };
}

function readCsv(text: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
