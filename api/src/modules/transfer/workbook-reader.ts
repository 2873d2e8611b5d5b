import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkPositionBeforeReader, unzipWorkbook } from './sheet-bounds.js';
import { SheetError } from './sheet-error.js';

type Callback = (...args: never[]) => void;
type ParseXml = (xml: unknown, state: unknown, onOpenTag?: Callback, onCloseTag?: Callback, onText?: Callback, onProgress?: Callback) => Promise<void>;
interface Reader {
  parseSheet: (createWorkerFunction: undefined, parseXml: ParseXml, contents: Record<string, Uint8Array>, sheet: number) => Promise<unknown[][]>;
  parseXml: ParseXml;
  parseCellAddress: (ref: string) => [number, number];
}

/**
 * read-excel-file's own parts, below its entry points: the entries unzip by themselves (the node
 * one with unzipper-esm, which trusts a local header's size), and the sheet must be read from the
 * parts unzipWorkbook has checked, with the position check inside the reader's XML callbacks.
 * The package's "exports" hide these files from a bare import, so they are loaded by path; the
 * version is pinned in package.json (9.3.17), and tests/api/import-bounds.test.ts reads real workbooks.
 */
let reader: Promise<Reader> | undefined;
function loadReader(): Promise<Reader> {
  const root = path.dirname(createRequire(import.meta.url).resolve('read-excel-file/package.json'));
  const load = (file: string) => import(pathToFileURL(path.join(root, 'modules', file)).href).then((m: { default: unknown }) => m.default);
  reader ??= Promise.all([load('export/parseSheet.js'), load('xml/parseXml.js'), load('xlsx/parseCellAddress.js')]).then(
    ([parseSheet, parseXml, parseCellAddress]) => ({ parseSheet, parseXml, parseCellAddress }) as Reader,
  );
  return reader;
}

/** The first sheet of an XLSX as rows of cell values, read within the bounds of sheet-bounds.ts. */
export async function readWorkbook(content: Uint8Array): Promise<unknown[][]> {
  const contents = unzipWorkbook(content);
  const { parseSheet, parseXml, parseCellAddress } = await loadReader();
  let refused: SheetError | null = null;
  const bounded: ParseXml = (xml, state, onOpenTag, onCloseTag, onText, onProgress) => {
    const close = onCloseTag as ((tag: string, state: unknown) => void) | undefined;
    const checked = (tag: string, s: unknown) => {
      try {
        checkPositionBeforeReader(tag, s, parseCellAddress);
      } catch (err) {
        // The reader wraps what a callback throws in its own error: the code is kept here.
        refused = err as SheetError;
        throw err;
      }
      close?.(tag, s);
    };
    return parseXml(xml, state, onOpenTag, close && (checked as Callback), onText, onProgress);
  };
  try {
    return await parseSheet(undefined, bounded, contents, 1);
  } catch (err) {
    throw refused ?? new SheetError('UNREADABLE', `cannot read the XLSX file: ${(err as Error).message}`);
  }
}
