import { editingRequest } from './request';

export type SpreadsheetKind = 'PEOPLE' | 'ORGANISATIONS' | 'MEMBERSHIPS';
export type SpreadsheetFormat = 'CSV' | 'XLSX';

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  validRows: number;
  issues: Array<{ row: number; column: string; message: string }>;
  committed: boolean;
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  seconds: number;
}

/** CSV as text, XLSX as base64; a dry run writes nothing, a commit writes all rows or none. */
export async function importSpreadsheet(kind: SpreadsheetKind, format: SpreadsheetFormat, content: string, dryRun: boolean): Promise<ImportReport> {
  const data = await editingRequest<{ importSpreadsheet: ImportReport }>(
    `mutation Import($kind: SpreadsheetKind!, $format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
      importSpreadsheet(kind: $kind, format: $format, content: $content, dryRun: $dryRun) {
        dryRun rows validRows committed nodesCreated nodesUpdated relationshipsCreated relationshipsUpdated seconds
        issues { row column message }
      }
    }`,
    { kind, format, content, dryRun },
  );
  return data.importSpreadsheet;
}
