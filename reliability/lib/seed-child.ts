// Loads the national synthetic dataset into the store in GRAPH_DATA_DIR in one transaction,
// with a fixed timestamp so that every complete load has the same content hash. The crash
// test kills this process with SIGKILL while it writes.
import { loadQueryCatalog } from '../../api/src/queries.js';
import { openGraphDb } from '../../api/src/open-db.js';
import { validateDataset } from '../../api/src/dataset/read-dataset.js';
import { loadDataset } from '../../api/src/dataset/load-dataset.js';
import { generateNational } from '../../seed/synthetic/national.js';

export const FIXED_NOW = '2026-01-01T00:00:00.000Z';

const queries = loadQueryCatalog();
const db = await openGraphDb({ kind: 'embedded', dataDir: process.env.GRAPH_DATA_DIR! }, queries);
const file = generateNational({});
const dataset = validateDataset([{ file: 'national', content: file }], new Map(), { requireFictitious: true });
console.log('LOADING');
const summary = await loadDataset(db, queries, dataset, { now: FIXED_NOW });
console.log(`COMMITTED ${summary.nodesCreated} ${summary.relationshipsCreated}`);
await db.close();
