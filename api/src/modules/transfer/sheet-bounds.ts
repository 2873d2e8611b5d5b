import { Unzip, UnzipInflate } from 'fflate';
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
/** Fed to the unzipper in small pieces, so one piece never inflates to more than a few MB. */
const PIECE = 4096;

/** Far longer than any tag a workbook writes; a tag is held whole until its '>' arrives. */
const MAX_TAG = 64 * 1024;

const TAG = /<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)>/g;
/** An `r` attribute in either quotes, spaces allowed around `=` (XML allows all of it). */
const R_ATTRIBUTE = /(?:^|\s)r\s*=\s*(["'])(.*?)\1/;
const ADDRESS = /^([A-Z]{1,3})?(\d+)?$/;

/**
 * Refuses an XLSX whose worksheets address a row past MAX_ROWS (+ the header) or a column past
 * MAX_COLUMNS, or whose parts unpack to more than MAX_UNPACKED_BYTES, by streaming its parts
 * through fflate and reading only the rows' and cells' positions (an `r` attribute, or the
 * next position when it has none, as the readers count them).
 */
export function assertWorkbookWithinBounds(content: Uint8Array): void {
  let unpacked = 0;
  const limit = Math.min(MAX_UNPACKED_BYTES, Math.max(1024 * 1024, MAX_RATIO * content.length));
  let refused: SheetError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    // Every part, not only xl/worksheets/: the reader finds its sheet through workbook.xml.rels,
    // which may name any path (images aside, a part's rows and cells are what counts).
    const worksheet = !/\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|bin)$/i.test(file.name);
    const positions = new Positions();
    const decoder = new TextDecoder();
    let tail = '';
    file.ondata = (err, chunk, final) => {
      if (refused) return;
      if (err) {
        refused = new SheetError('UNREADABLE', `cannot read the XLSX file: ${err.message}`);
        return;
      }
      unpacked += chunk.length;
      if (unpacked > limit) {
        refused = new SheetError('UNREADABLE', `the workbook unpacks to more than ${(limit / 1024 / 1024).toFixed(0)} MB`);
        file.terminate();
        return;
      }
      if (!worksheet) return;
      // Tags are read through the last '>' that has arrived; a tag begun after it waits for the
      // next piece. Text between tags is dropped as it comes (it may be megabytes of spaces).
      const text = tail + decoder.decode(chunk, { stream: !final });
      const cut = final ? text.length : text.lastIndexOf('>') + 1;
      refused = positions.read(text.slice(0, cut));
      const rest = text.slice(cut);
      const open = rest.lastIndexOf('<');
      tail = open < 0 ? '' : rest.slice(open);
      if (tail.length > MAX_TAG) refused = new SheetError('UNREADABLE', `a tag longer than ${MAX_TAG / 1024} kB`);
      if (refused) file.terminate();
    };
    file.start();
  };
  try {
    for (let at = 0; at < content.length && !refused; at += PIECE) unzip.push(content.subarray(at, at + PIECE), at + PIECE >= content.length);
  } catch (err) {
    throw new SheetError('UNREADABLE', `cannot read the XLSX file: ${(err as Error).message}`);
  }
  if (refused) throw refused;
}

/** The last row and column a worksheet's tags have reached. */
class Positions {
  private row = 0;
  private column = 0;

  read(xml: string): SheetError | null {
    for (const [, tag, attributes] of xml.matchAll(TAG)) {
      const r = R_ATTRIBUTE.exec(attributes!);
      const ref = r ? ADDRESS.exec(r[2]!) : null;
      // Real workbooks write plain addresses; one spelled otherwise (a character reference)
      // would pass unread here and be read by the reader.
      if (r && !ref) return new SheetError('UNREADABLE', `a cell or row address is not plain: r=${r[1]}${r[2]!.slice(0, 20)}${r[1]}`);
      if (tag === 'row') {
        this.row = ref?.[2] ? Number(ref[2]) : this.row + 1;
        this.column = 0;
        if (this.row > MAX_ROWS + 1) return tooManyRows(this.row);
      } else {
        this.column = ref?.[1] ? columnNumber(ref[1]) : this.column + 1;
        if (ref?.[2] && Number(ref[2]) > MAX_ROWS + 1) return tooManyRows(Number(ref[2]));
        if (this.column > MAX_COLUMNS) return tooManyColumns(this.column);
      }
    }
    return null;
  }
}

const tooManyRows = (row: number) => new SheetError('TOO_MANY_ROWS', `the sheet reaches row ${row}; at most ${MAX_ROWS} rows per import`);

export const tooManyColumns = (columns: number) =>
  new SheetError('TOO_MANY_COLUMNS', `the sheet has ${columns} columns; at most ${MAX_COLUMNS} (a kind has up to 11)`, 1);

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
