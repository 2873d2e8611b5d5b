import { Worker } from 'node:worker_threads';
import { SheetError, type SheetErrorCode } from './sheet-error.js';

export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** A sheet as rows of text keyed by column position, with the headers as written in row 1. */
export interface Sheet {
  /** The first row's cells, trimmed, as the user wrote them ("Navn"). */
  headers: string[];
  /** `row` is the spreadsheet's own row number (the header is row 1); rows without a value are left out. */
  rows: Array<{ row: number; cells: string[] }>;
}

export interface SheetRequest {
  format: SpreadsheetFormat;
  content: Uint8Array;
}
export type SheetReply = { sheet: Sheet } | { error: { code: SheetErrorCode; message: string; row: number } };

/**
 * The file is read in a worker thread with its own heap and a wall clock (sheet-worker.ts,
 * sheet-reading.ts), so no file can hold the main thread or end the process: three rounds of
 * outside probes found a 2 kB file that did one or the other, each time past a bound that read
 * the file differently from the reader. Whatever the bounds miss, the worker's limits stop: a
 * worker over its heap or its time is terminated and the import answers UNREADABLE.
 * A real 50,000-row workbook needs ~150 MB of heap and 5-8 s (docs/DESIGN.md).
 */
const LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 };
const WALL_CLOCK_MS = 60_000;
/** One sheet is read at a time; a few more wait their turn, the rest are refused at once. */
const MAX_WAITING = 3;
/**
 * The worker is kept while imports come and ended when none has come for this long: starting
 * one (tsx loads the reader in it) and warming its compiler cost seconds, a cold 50,000-row read
 * about twice a warm one; an idle worker holds its heap.
 */
const IDLE_MS = 30_000;

/** A plain JavaScript entry that loads the TypeScript reader through tsx (which runs the server too). */
const WORKER = new URL('./sheet-worker.mjs', import.meta.url);

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
let worker: Worker | null = null;
let idle: NodeJS.Timeout | undefined;

/**
 * Reads CSV (comma or semicolon separated, as Danish Excel writes it; UTF-8 with or without BOM)
 * or XLSX (the first sheet). Cells become trimmed text; empty rows are left out but counted,
 * so every row keeps the number the user's spreadsheet program shows for it.
 */
export async function readSpreadsheet(format: SpreadsheetFormat, content: Uint8Array): Promise<Sheet> {
  if (pending > MAX_WAITING) throw new SheetError('UNREADABLE', `${pending} other spreadsheets are being read; try again in a minute`);
  pending++;
  const turn = queue.then(() => readInWorker({ format, content: new Uint8Array(content) }));
  queue = turn.catch(() => undefined);
  try {
    return await turn;
  } finally {
    pending--;
  }
}

function readInWorker(request: SheetRequest): Promise<Sheet> {
  clearTimeout(idle);
  worker ??= startWorker();
  const reader = worker;
  // Held while it reads (a command-line import waits for it), never while it idles.
  reader.ref();
  return new Promise<Sheet>((resolve, reject) => {
    const refuse = (message: string) => {
      // A worker stopped or over its time is ended; the next sheet gets a new one.
      if (worker === reader) worker = null;
      void reader.terminate();
      finish(() => reject(new SheetError('UNREADABLE', message)));
    };
    const onMessage = (reply: SheetReply) =>
      finish(() => ('sheet' in reply ? resolve(reply.sheet) : reject(new SheetError(reply.error.code, reply.error.message, reply.error.row))));
    const onError = (err: Error & { code?: string }) =>
      refuse(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'reading the file needs more memory than an import may use' : `cannot read the file: ${err.message}`);
    const onExit = (code: number) => refuse(`the file's reader stopped (exit code ${code})`);
    const timer = setTimeout(() => refuse(`reading the file took longer than ${WALL_CLOCK_MS / 1000} s`), WALL_CLOCK_MS);
    function finish(answer: () => void) {
      clearTimeout(timer);
      reader.off('message', onMessage).off('error', onError).off('exit', onExit);
      answer();
    }
    reader.on('message', onMessage).on('error', onError).on('exit', onExit);
    reader.postMessage(request, [request.content.buffer as ArrayBuffer]);
  }).finally(() => {
    if (worker !== reader) return;
    reader.unref();
    idle = setTimeout(() => {
      if (worker === reader) worker = null;
      void reader.terminate();
    }, IDLE_MS);
    idle.unref();
  });
}

function startWorker(): Worker {
  const started = new Worker(WORKER, { resourceLimits: LIMITS });
  // Between sheets nobody else listens: an error or an exit then only ends this worker (an
  // 'error' without a listener would end the process), and the next sheet starts another.
  started
    .on('error', () => {})
    .on('exit', () => {
      if (worker === started) worker = null;
    });
  return started;
}
