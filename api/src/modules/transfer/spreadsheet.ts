import { CsvError, parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** A sheet as rows of text keyed by column position, with the headers as written in row 1. */
export interface Sheet {
  /** The first row's cells, trimmed, as the user wrote them ("Navn"). */
  headers: string[];
  /** `row` is the spreadsheet's own row number (the header is row 1); rows without a value are left out. */
  rows: Array<{ row: number; cells: string[] }>;
}

/** Why a file cannot be read at all; `row` is where the problem starts (0: the file as a whole). */
export type SheetErrorCode = 'UNREADABLE' | 'EMPTY' | 'TOO_MANY_ROWS' | 'CSV_QUOTE_NOT_CLOSED';

export class SheetError extends Error {
  override name = 'SheetError';
  constructor(
    readonly code: SheetErrorCode,
    message: string,
    readonly row = 0,
  ) {
    super(message);
  }
}

export const MAX_ROWS = 50_000;

/**
 * Reads CSV (comma or semicolon separated, as Danish Excel writes it; UTF-8 with or without BOM)
 * or XLSX (the first sheet). Cells become trimmed text; empty rows are left out but counted,
 * so every row keeps the number the user's spreadsheet program shows for it.
 */
export async function readSpreadsheet(format: SpreadsheetFormat, content: Buffer): Promise<Sheet> {
  let table: unknown[][];
  if (format === 'CSV') table = readCsv(content.toString('utf8'));
  else {
    try {
      table = (await readSheet(content)) as unknown[][];
    } catch (err) {
      throw new SheetError('UNREADABLE', `cannot read the XLSX file: ${(err as Error).message}`);
    }
  }
  const [header, ...body] = table;
  if (!header?.some((h) => cellText(h) !== '')) throw new SheetError('EMPTY', 'the sheet is empty: the first row must name the columns', 1);
  const rows = body.map((cells, i) => ({ row: i + 2, cells: header.map((_, j) => cellText(cells[j])) })).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length > MAX_ROWS) throw new SheetError('TOO_MANY_ROWS', `the sheet has ${rows.length} rows; at most ${MAX_ROWS} per import`);
  return { headers: header.map(cellText), rows };
}

/**
 * Rows are numbered as a spreadsheet program numbers them: by record, not by line (a quoted
 * cell may span lines), empty lines included. A quote inside an unquoted cell is text, as in
 * Excel; an opening quote never closed is reported at the row where it opens.
 */
function readCsv(text: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const row = ((err as CsvError & { records?: number }).records ?? 0) + 1;
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new SheetError('CSV_QUOTE_NOT_CLOSED', `a quote (") opens in row ${row} and is never closed`, row);
    throw new SheetError('UNREADABLE', `cannot read the CSV file at row ${row}: ${err.message}`, row);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}
