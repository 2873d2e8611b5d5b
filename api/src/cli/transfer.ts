import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { loadQueryCatalog, type QueryCatalog } from '../queries.js';
import { openGraphDb } from '../open-db.js';
import type { GraphDb } from '../db/graph-db.js';
import { SeedError } from '../dataset/read-dataset.js';
import { recordChange } from '../modules/core/audit.js';
import { checkExport, contentHash, exportGraph, importGraph } from '../modules/transfer/graph-export.js';
import { importSpreadsheet } from '../modules/transfer/import-spreadsheet.js';
import { SPREADSHEET_KINDS, type SpreadsheetKind } from '../modules/transfer/sheet-mapping.js';
import { progress } from './progress.js';
import { verifyBackupFile } from '../backup/backup.js';

const usage = `Usage: npm run transfer -- export [--out <file.json>]
       npm run transfer -- import <file.json>
       npm run transfer -- import-sheet --kind <PEOPLE|ORGANISATIONS|MEMBERSHIPS> <file.csv|file.xlsx> [--commit]
       npm run transfer -- hash
       npm run transfer -- verify <backup.json>
Backup, restore and spreadsheet import on the configured store (the same rules as the API's
exportGraph, importGraph and importSpreadsheet, recorded in the audit trail as "cli").
Stop the server first when the store is the embedded one: one process owns its file.

  export          the whole map, the follow-ups of gap findings and the audit trail as JSON
                  (to stdout without --out)
  import          a JSON export, in one transaction, with progress; prints the content hash
  import-sheet    a dry run that lists every bad row by number and column; --commit writes
                  the sheet, all or nothing, with progress
  hash            the content hash of the stored map (compare a restore with its source)
  verify          checks a backup (BACKUP_DIR) against its .sha256 file and as an export, and
                  prints its content hash; needs no store, so it runs beside the server`;

const ACTOR = 'cli';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, kind: { type: 'string' }, commit: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const [command, file] = positionals;
  if (values.help || !command) return void console.log(usage);
  if (!['export', 'import', 'import-sheet', 'hash', 'verify'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if ((command === 'import' || command === 'import-sheet' || command === 'verify') && !file) throw new UsageError(`${command} needs a file`);
  if (command === 'verify') return verify(file!);
  const kind = values.kind?.toUpperCase();
  if (command === 'import-sheet' && !SPREADSHEET_KINDS.includes(kind as SpreadsheetKind)) {
    throw new UsageError(`--kind must be one of ${SPREADSHEET_KINDS.join(', ')}`);
  }

  const queries = loadQueryCatalog();
  const db = await openGraphDb(loadConfig().engine, queries);
  try {
    if (command === 'export') await exportTo(db, queries, values.out);
    else if (command === 'hash') console.log(contentHash(await exportGraph(db, queries)));
    else if (command === 'import') await importFrom(db, queries, file!);
    else await importSheet(db, queries, file!, kind as SpreadsheetKind, values.commit ?? false);
  } finally {
    await db.close();
  }
}

async function exportTo(db: GraphDb, q: QueryCatalog, out: string | undefined) {
  const data = await exportGraph(db, q);
  await db.write((tx) =>
    recordChange(tx, q, {
      actor: ACTOR,
      operation: 'EXPORT',
      entityId: `export:${randomUUID()}`,
      entityLabel: 'Export',
      before: null,
      after: { format: 'json', nodes: data.nodes.length, relationships: data.relationships.length, followUps: data.followUps.length, file: out ?? '(stdout)' },
    }),
  );
  const json = JSON.stringify(data);
  if (!out) return void process.stdout.write(`${json}\n`);
  fs.writeFileSync(out, json);
  console.log(
    `Exported ${data.nodes.length} nodes, ${data.relationships.length} relationships, ${data.followUps.length} follow-ups of gap findings and ${data.changes.length} audit entries to ${out} (content hash ${contentHash(data)}).`,
  );
}

async function importFrom(db: GraphDb, q: QueryCatalog, file: string) {
  const data = checkExport(JSON.parse(fs.readFileSync(file, 'utf8')));
  const started = performance.now();
  const importing = progress('Importing');
  const counts = await importGraph(
    db,
    q,
    data,
    (tx) =>
      recordChange(tx, q, {
        actor: ACTOR,
        operation: 'IMPORT',
        entityId: `import:${randomUUID()}`,
        entityLabel: 'Import',
        before: null,
        after: {
          format: 'json',
          file: path.basename(file),
          nodes: data.nodes.length,
          relationships: data.relationships.length,
          followUps: data.followUps.length,
        },
      }),
    importing.update,
  );
  const seconds = (performance.now() - started) / 1000;
  importing.stop();
  console.log(
    `Imported ${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.followUps} follow-ups of gap findings and ${counts.changes} audit entries in ${seconds.toFixed(2)} s.`,
  );
  console.log(`Content hash ${contentHash(await exportGraph(db, q))} (the export's: ${contentHash(data)}).`);
}

async function importSheet(db: GraphDb, q: QueryCatalog, file: string, kind: SpreadsheetKind, commit: boolean) {
  const format = /\.xlsx$/i.test(file) ? 'XLSX' : 'CSV';
  const writing = progress('Writing');
  const report = await importSpreadsheet(
    db,
    q,
    { kind, format, content: fs.readFileSync(file), dryRun: !commit, actor: ACTOR },
    { onProgress: writing.update },
  );
  writing.stop();
  for (const issue of report.issues) console.log(`row ${issue.row}, ${issue.column}: ${issue.message}`);
  const verdict = report.committed
    ? `written: nodes ${report.nodesCreated} created, ${report.nodesUpdated} updated; relationships ${report.relationshipsCreated} created, ${report.relationshipsUpdated} updated`
    : report.issues.length
      ? `nothing written: ${report.issues.length} problem(s)`
      : 'dry run: no problems (add --commit to write)';
  console.log(`${report.rows} rows, ${report.validRows} valid; ${verdict}; ${report.seconds.toFixed(2)} s.`);
  if (report.issues.length) process.exitCode = 1;
}

function verify(file: string) {
  const check = verifyBackupFile(file);
  for (const p of check.problems) console.log(`problem: ${p}`);
  console.log(`SHA-256 ${check.sha256}; content hash ${check.contentHash ?? '(unreadable)'}; ${check.ok ? 'verified' : 'NOT verified'}.`);
  if (!check.ok) process.exitCode = 1;
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  if (err instanceof UsageError) console.error(`${err.message}\n\n${usage}`);
  else if (err instanceof ConfigError) console.error(`Configuration error: ${err.message}`);
  else if (err instanceof SeedError || err instanceof TypeError || err instanceof SyntaxError) console.error(`The file is not a valid export: ${err.message}`);
  else console.error(`Transfer failed: ${(err as Error).message ?? err}`);
  process.exit(1);
});
