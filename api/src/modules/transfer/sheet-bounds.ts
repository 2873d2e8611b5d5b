import { unzipSync } from 'fflate';
import { SheetError } from './sheet-error.js';

/**
 * How big a sheet may be before any row is built. An outside probe ended the process with a
 * 2 kB workbook (three cells at A1, XFD1 and A1048576: read-excel-file fills every row between
 * and pads each to the widest column, 17 billion empty cells) and with a 300 kB CSV (a header of
 * 100,000 commas over 100,000 empty lines: a cell per column for every row). The work must grow
 * with what the file holds, not with the addresses it names.
 */
export const MAX_ROWS = 50_000;
/** The widest kind has 11 columns; the rest are reported as unknown. */
export const MAX_COLUMNS = 64;
/**
 * A workbook's parts unpacked. The request body is at most 1 MB (~750 kB of workbook), which
 * real workbooks unpack to ~10x; a deflate bomb goes ~1,000x. Beyond 1 MB, more than 100x the
 * file is refused too: an outside probe's 84 kB request of 60 MB of spaces held the reader 154 s.
 */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
const MAX_RATIO = 100;

/**
 * Unpacks a workbook's XML parts once, for the reader itself (no second unzip to disagree with:
 * probes 10 and 11 played a streaming bound against the reader's own unzip three times, through
 * a local header that lied about its size, a data descriptor over a fake header, a prefix).
 * The central directory names the parts and their sizes; a part declared over the limit, parts
 * summing over it, or a part whose bytes inflate to another size than declared are refused.
 * fflate inflates into a buffer of the declared size, so a part never grows past what was checked.
 */
export function unzipWorkbook(content: Uint8Array): Record<string, Uint8Array> {
  const limit = Math.min(MAX_UNPACKED_BYTES, Math.max(1024 * 1024, MAX_RATIO * content.length));
  const tooBig = () => new SheetError('UNREADABLE', `the workbook unpacks to more than ${(limit / 1024 / 1024).toFixed(0)} MB`);
  const declared = new Map<string, number>();
  let total = 0;
  let refused: SheetError | null = null;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(content, {
      // The parts read-excel-file reads (images and the like are never unpacked).
      filter: ({ name, size, originalSize, compression }) => {
        if (!/\.xml(\.rels)?$/.test(name) || refused) return false;
        total += originalSize;
        if (originalSize > limit || total > limit) refused ??= tooBig();
        else if (compression === 0 && size !== originalSize) refused ??= unreadable(`${name} is stored with two sizes`);
        else if (declared.has(name)) refused ??= unreadable(`${name} is in the file twice`);
        declared.set(name, originalSize);
        return !refused;
      },
    });
  } catch (err) {
    throw refused ?? unreadable((err as Error).message);
  }
  if (refused) throw refused;
  for (const [name, bytes] of Object.entries(parts))
    if (bytes.length !== declared.get(name)) throw unreadable(`${name} unpacks to ${bytes.length} bytes, not the ${declared.get(name)} it declares`);
  return parts;
}

const unreadable = (why: string) => new SheetError('UNREADABLE', `cannot read the XLSX file: ${why}`);

/** The reader's sheet state as its `onCloseTag` sees it (read-excel-file 9.3.17, xlsx/parseSheet.js). */
interface SheetDataState {
  c?: { attributes?: Record<string, string> };
  rowNumber?: number;
  rows: unknown[];
  rowIndexShift: number;
  cursor: [number, number];
}

/**
 * Checks every row and cell as the reader closes it, from the reader's own state: the attribute
 * map its XML tokenizer built (prefixes cut, entities decoded) and its own address parser, so
 * the bound reads exactly what the reader reads. The check runs before the reader pads the row
 * with empty cells up to the address or the sheet with empty rows up to the row number, so no
 * address costs more than MAX_ROWS x MAX_COLUMNS cells.
 */
export function checkPositionBeforeReader(tag: string, state: unknown, parseCellAddress: (ref: string) => [number, number]): void {
  const data = (state as { sheetData?: SheetDataState } | null)?.sheetData;
  if (!data || !Array.isArray(data.cursor)) return;
  if (tag === 'c') {
    const ref = data.c?.attributes?.r;
    if (typeof ref !== 'string') return; // the reader refuses a cell without an address
    const [row, column] = parseCellAddress(ref);
    if (row > MAX_ROWS + 1) throw tooManyRows(row);
    if (column > MAX_COLUMNS) throw tooManyColumns(column);
  } else if (tag === 'row') {
    const row = Math.max(data.rowNumber ?? 0, data.rowIndexShift + data.rows.length + 1);
    if (row > MAX_ROWS + 1) throw tooManyRows(row);
  }
}

const tooManyRows = (row: number) => new SheetError('TOO_MANY_ROWS', `the sheet reaches row ${row}; at most ${MAX_ROWS} rows per import`);

export const tooManyColumns = (columns: number) =>
  new SheetError('TOO_MANY_COLUMNS', `the sheet has ${columns} columns; at most ${MAX_COLUMNS} (a kind has up to 11)`, 1);
