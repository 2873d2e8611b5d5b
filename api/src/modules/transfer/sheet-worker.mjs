// The sheet worker's entry (spreadsheet.ts starts it): plain JavaScript, because a worker thread
// does not inherit tsx's loader; tsx is asked to load the TypeScript reader here instead.
import { tsImport } from 'tsx/esm/api';

await tsImport('./sheet-worker.ts', import.meta.url);
