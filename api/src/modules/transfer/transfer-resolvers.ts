import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput, coded } from '../../errors.js';
import type { NodeLabel } from '../../domain/vocabulary.js';
import { SeedError } from '../../dataset/read-dataset.js';
import { recordChange } from '../core/audit.js';
import { notePersonShown } from '../core/access-notes.js';
import { checkExport, contentHash, exportGraph, importGraph } from './graph-export.js';
import { exportCsv } from './csv-export.js';
import { importSpreadsheet } from './import-spreadsheet.js';
import type { SpreadsheetFormat } from './spreadsheet.js';
import type { SpreadsheetKind } from './sheet-mapping.js';
import { sheetTemplate } from './sheet-template.js';

/**
 * Exports hold personal data: each is recorded with who took it and what. One auto-committed
 * statement, not db.write: the entry changes no answer, and a write transaction would move the
 * response cache's epoch, so visitors saw every export happen in the ETag and any viewer emptied
 * everyone's cache with one cheap export (an outside probe).
 */
async function recordExport(ctx: RequestContext, what: Record<string, unknown>) {
  await recordChange(ctx.db, ctx.queries, {
    actor: ctx.viewer!.id,
    operation: 'EXPORT',
    entityId: `export:${randomUUID()}`,
    entityLabel: 'Export',
    before: null,
    after: what,
  });
}

export const transferResolvers = {
  Query: {
    exportGraph: async (_: unknown, __: unknown, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'ADMIN');
      const data = await exportGraph(ctx.db, ctx.queries);
      for (const node of data.nodes) if (node.label === 'Person') notePersonShown(ctx, node.props.id, node.props);
      await recordExport(ctx, { format: 'json', nodes: data.nodes.length, relationships: data.relationships.length, followUps: data.followUps.length });
      return data;
    },
    graphContentHash: async (_: unknown, __: unknown, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'ADMIN');
      return contentHash(await exportGraph(ctx.db, ctx.queries));
    },
    exportCsv: async (_: unknown, a: { label: NodeLabel }, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'VIEWER');
      // A file of people is a read of every name, e-mail and phone in it: the access log's entry
      // names them, so a person's view of the log shows it (an outside probe found the export
      // logged with no people, invisible there).
      const csv = await exportCsv(ctx.db, ctx.queries, a.label, (row) => {
        if (a.label === 'Person') notePersonShown(ctx, String(row.id), row);
      });
      await recordExport(ctx, { format: 'csv', label: a.label });
      return csv;
    },
    importTemplate: async (_: unknown, a: { kind: SpreadsheetKind }, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'EDITOR');
      return (await sheetTemplate(a.kind)).toString('base64');
    },
  },
  Mutation: {
    importSpreadsheet: async (_: unknown, a: { kind: SpreadsheetKind; format: SpreadsheetFormat; content: string; dryRun?: boolean }, ctx: RequestContext) => {
      const viewer = requireRole(ctx.viewer, 'EDITOR');
      if (viewer.scopeId && viewer.role !== 'ADMIN') {
        throw coded('FORBIDDEN', { en: 'Imports need an editor without a scope.', da: 'Import kræver en redaktør uden afgrænsning.' });
      }
      const content = a.format === 'CSV' ? Buffer.from(a.content, 'utf8') : Buffer.from(a.content, 'base64');
      return importSpreadsheet(ctx.db, ctx.queries, { kind: a.kind, format: a.format, content, dryRun: a.dryRun ?? true, actor: viewer.id });
    },
    importGraph: async (_: unknown, a: { data: unknown }, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'ADMIN');
      let data: ReturnType<typeof checkExport>;
      try {
        data = checkExport(a.data);
      } catch (err) {
        if (err instanceof SeedError) {
          throw badInput(
            { en: `The export is invalid: ${err.issues.length} problem(s).`, da: `Eksporten er ugyldig: ${err.issues.length} problem(er).` },
            err.issues.slice(0, 100).map((i) => ({ field: `${i.record}.${i.field}`, message: i.message })),
          );
        }
        if (err instanceof TypeError)
          throw badInput({ en: err.message, da: 'Eksporten har ikke formen af en eksport.' }, [{ field: 'data', message: err.message }]);
        throw err;
      }
      const counts = await importGraph(ctx.db, ctx.queries, data, (tx) =>
        recordChange(tx, ctx.queries, {
          actor: ctx.viewer!.id,
          operation: 'IMPORT',
          entityId: `import:${randomUUID()}`,
          entityLabel: 'Import',
          before: null,
          after: {
            format: 'json',
            exportedAt: data.exportedAt,
            nodes: data.nodes.length,
            relationships: data.relationships.length,
            followUps: data.followUps.length,
          },
        }),
      );
      return { ...counts, contentHash: contentHash(await exportGraph(ctx.db, ctx.queries)) };
    },
  },
};
