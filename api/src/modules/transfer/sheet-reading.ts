import { CsvError, parse } from 'csv-parse/sync';
import { MAX_COLUMNS, MAX_ROWS, tooManyColumns } from './sheet-bounds.js';
import { SheetError } from './sheet-error.js';
import type { Sheet, SpreadsheetFormat } from './spreadsheet.js';
import { readWorkbook } from './workbook-reader.js';

/**
 * Runs in the sheet worker (spreadsheet.ts starts it; sheet-worker.ts calls this).
 * Reads CSV (comma or semicolon separated, as Danish Excel writes it; UTF-8 with or without BOM)
 * or XLSX (the first sheet). Cells become trimmed text; empty rows are left out but counted,
 * so every row keeps the number the user's spreadsheet program shows for it.
 */
export async function readSheetHere(format: SpreadsheetFormat, content: Uint8Array): Promise<Sheet> {
  let table: unknown[][];
  if (format === 'CSV') table = readCsv(Buffer.from(content.buffer, content.byteOffset, content.length).toString('utf8'));
  else table = await readWorkbook(content);
  const headers = (table[0] ?? []).map(cellText);
  // The header ends at its last named column: trailing empty cells (Excel's ";;;") are not columns.
  const width = headers.findLastIndex((h) => h !== '') + 1;
  if (width === 0) throw new SheetError('EMPTY', 'the sheet is empty: the first row must name the columns', 1);
  if (width > MAX_COLUMNS) throw tooManyColumns(width);
  // Rows are counted before any is built, and a row is built only when it holds a value, so the
  // work grows with what the file holds (see sheet-bounds.ts).
  const filled: number[] = [];
  for (let i = 1; i < table.length; i++) if (hasValue(table[i]!, width)) filled.push(i);
  if (filled.length > MAX_ROWS) throw new SheetError('TOO_MANY_ROWS', `the sheet has ${filled.length} rows; at most ${MAX_ROWS} per import`);
  const text = new TextBudget();
  const kept = headers.slice(0, width).map((h) => text.take(h, 1));
  const rows = filled.map((i) => ({ row: i + 1, cells: Array.from({ length: width }, (_, j) => text.take(cellText(table[i]![j]), i + 1)) }));
  return { headers: kept, rows };
}

/** No field of the domain is near this long (a description is a few hundred characters). */
export const MAX_CELL_CHARS = 10_000;
/** Twice the unpacked bound (sheet-bounds.ts): more text than any sheet within it holds of its own. */
export const MAX_SHEET_CHARS = 32 * 1024 * 1024;

/**
 * The text the worker hands back is bounded, not only what it unpacks: a workbook's shared
 * strings let one cell's text stand in many cells (an outside probe: one 4,000-character string
 * in 275,000 cells, a 718 kB file, became 1.1 GB of strings copied to the main thread, which
 * stopped for ~30 s at 2.4 GB). A cell over MAX_CELL_CHARS, or more than MAX_SHEET_CHARS in all,
 * is TOO_MUCH_TEXT before anything is posted.
 */
class TextBudget {
  private used = 0;
  take(cell: string, row: number): string {
    if (cell.length > MAX_CELL_CHARS)
      throw new SheetError('TOO_MUCH_TEXT', `a cell in row ${row} holds ${cell.length} characters; at most ${MAX_CELL_CHARS}`, row);
    this.used += cell.length;
    if (this.used > MAX_SHEET_CHARS) throw new SheetError('TOO_MUCH_TEXT', `the sheet holds more than ${MAX_SHEET_CHARS} characters of text`, row);
    return cell;
  }
}

/**
 * Rows are numbered as a spreadsheet program numbers them: by record, not by line (a quoted
 * cell may span lines), empty lines included. A quote inside an unquoted cell is text, as in
 * Excel; an opening quote never closed is reported at the row where it opens.
 *
 * csv-parse builds an error object (a deep copy of its state: ~25 µs, 150 under load) for every
 * record shorter or longer than the first before it relaxes it, so a short header over a
 * megabyte of empty lines held the main thread for minutes (an outside probe). Records past
 * this many are not read (the file is TOO_MANY_ROWS), which bounds that to about what a
 * sheet of MAX_ROWS rows costs anyway. Papa Parse has no such cost but reads a quote after a
 * cell's start differently (`"klik")` runs to the end of the file), so it was not taken.
 */
const MAX_RECORDS = MAX_ROWS + 1_000;
function readCsv(text: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let table: string[][];
  try {
    table = parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to: MAX_RECORDS + 1 });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const row = ((err as CsvError & { records?: number }).records ?? 0) + 1;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new SheetError('CSV_QUOTE_NOT_CLOSED', `a quote (") opens in row ${row} and is never closed`, row);
    throw new SheetError('UNREADABLE', `cannot read the CSV file at row ${row}: ${err.message}`, row);
  }
  if (table.length > MAX_RECORDS)
    throw new SheetError('TOO_MANY_ROWS', `the file has more than ${MAX_RECORDS} rows, empty ones included; at most ${MAX_ROWS} rows per import`);
  return table;
}

function hasValue(cells: unknown[], width: number): boolean {
  for (let j = 0; j < Math.min(width, cells.length); j++) if (cellText(cells[j]) !== '') return true;
  return false;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
