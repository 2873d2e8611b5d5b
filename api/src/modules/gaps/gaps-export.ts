import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { CSV_CELLS } from '../core/csv-cells.js';
import type { RequestContext } from '../../context.js';
import { recordChange } from '../core/audit.js';
import { findingKey } from './finding-key.js';
import { describeChange, followUpView, readFollowUps, signedIn, statusOf, type FindingStatus } from './follow-up.js';
import type { GapReport } from './gaps-reader.js';
import type { Language } from '../core/language.js';
import { gapWords } from './words.js';

/**
 * The gap report as a spreadsheet (XLSX, by exceljs) or CSV (csv-stringify): one row per
 * finding, with its follow-up. Who is to act and the note are personal data: they are in the
 * file only for signed-in users, and a signed-in user's export is recorded in the audit trail
 * (operation EXPORT, as every export), so the access log tells who took which report out.
 * Headings, severities, statuses and rule titles are in the language asked for (the report's
 * sentences already are), and so is what changed since a follow-up (follow-up-wording*.ts).
 */

export type ExportFormat = 'CSV' | 'XLSX';

export async function exportGaps(ctx: RequestContext, report: GapReport, format: ExportFormat, lang: Language = 'DA') {
  const words = gapWords(lang);
  const { severity, status } = words.file;
  const columns = [...words.file.columns];
  const showPersonal = signedIn(ctx);
  const followUps = await readFollowUps(ctx.db, ctx.queries, report.findings.map(findingKey));
  const rows = report.findings.map((f) => {
    const key = findingKey(f);
    const stored = followUps.get(key) ?? null;
    const view = followUpView(f, stored, showPersonal);
    return [
      severity[f.severity] ?? f.severity,
      report.groups.some((g) => g.rule.id === f.ruleId) ? words.rules[f.ruleId as keyof typeof words.rules].title : f.ruleId,
      f.subject.name,
      f.sentence,
      view?.changed ? `${status.CHANGED}: ${describeChange(view.changed, lang)}` : status[statusOf(f, stored) satisfies FindingStatus],
      view?.assignee ?? '',
      view?.dueDate ?? '',
      view?.note ?? '',
      view?.at?.slice(0, 10) ?? '',
      key,
    ];
  });
  const stem = `${words.file.stem}-${slug(report.scope.name)}-${report.asOf}`;
  if (showPersonal) {
    await ctx.db.write((tx) =>
      recordChange(tx, ctx.queries, {
        actor: ctx.viewer!.id,
        operation: 'EXPORT',
        entityId: `export:${randomUUID()}`,
        entityLabel: 'Export',
        before: null,
        after: { format: format.toLowerCase(), label: 'gaps', scope: report.scope.node?.id ?? 'EVERYTHING', asOf: report.asOf, findings: rows.length },
      }),
    );
  }
  if (format === 'CSV') {
    // A byte-order mark, so a spreadsheet opens the Danish letters as UTF-8.
    const content = `\uFEFF${stringify(rows, { header: true, columns, ...CSV_CELLS })}`;
    return { filename: `${stem}.csv`, mimeType: 'text/csv; charset=utf-8', encoding: 'utf-8', content, rows: rows.length };
  }
  // exceljs (~30 MB of RSS, 156 modules once loaded) only when someone first exports a workbook.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Hænderne';
  const sheet = book.addWorksheet(words.file.sheet, { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.addRow([words.file.heading(report.scope.name, report.asOf)]).font = { bold: true, size: 14 };
  sheet.addRow([report.explanation]);
  sheet.addRow([]);
  sheet.addRow(columns).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  const widths = [8, 30, 30, 80, 22, 22, 12, 40, 12, 30];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4 + rows.length, column: columns.length } };
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    filename: `${stem}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    encoding: 'base64',
    content: buffer.toString('base64'),
    rows: rows.length,
  };
}

function slug(name: string): string {
  return (
    name
      .toLocaleLowerCase('da')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'rapport'
  );
}
