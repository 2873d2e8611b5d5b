import { parentPort } from 'node:worker_threads';
import { SheetError } from './sheet-error.js';
import { readSheetHere } from './sheet-reading.js';
import type { SheetReply, SheetRequest } from './spreadsheet.js';

/** Reads spreadsheets in a worker thread, one at a time, under the limits spreadsheet.ts sets. */
parentPort!.on('message', async ({ format, content }: SheetRequest) => {
  let reply: SheetReply;
  try {
    reply = { sheet: await readSheetHere(format, content) };
  } catch (err) {
    const known = err instanceof SheetError ? err : new SheetError('UNREADABLE', `cannot read the ${format} file: ${(err as Error).message}`);
    reply = { error: { code: known.code, message: known.message, row: known.row } };
  }
  parentPort!.postMessage(reply);
});
