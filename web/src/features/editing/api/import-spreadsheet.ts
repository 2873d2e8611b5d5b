import { graphqlRequest } from '../../../lib/graphql-client';

export type SpreadsheetKind = 'PEOPLE' | 'ORGANISATIONS' | 'MEMBERSHIPS';
export type SpreadsheetFormat = 'CSV' | 'XLSX';

/** One problem in a sheet (api/src/modules/transfer/sheet-issues.ts): the code says what, the rest where and with what. */
export interface ImportIssue {
  row: number;
  column: string;
  field: string | null;
  code: string;
  message: string;
  value: string | null;
  suggestions: string[];
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  validRows: number;
  issues: ImportIssue[];
  committed: boolean;
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  seconds: number;
}

/** CSV as text, XLSX as base64; a dry run writes nothing, a commit writes all rows or none. */
export async function importSpreadsheet(kind: SpreadsheetKind, format: SpreadsheetFormat, content: string, dryRun: boolean): Promise<ImportReport> {
  const data = await graphqlRequest<{ importSpreadsheet: ImportReport }>(
    `mutation Import($kind: SpreadsheetKind!, $format: SpreadsheetFormat!, $content: String!, $dryRun: Boolean) {
      importSpreadsheet(kind: $kind, format: $format, content: $content, dryRun: $dryRun) {
        dryRun rows validRows committed nodesCreated nodesUpdated relationshipsCreated relationshipsUpdated seconds
        issues { row column field code message value suggestions }
      }
    }`,
    { kind, format, content, dryRun },
  );
  return data.importSpreadsheet;
}

/** The XLSX template with Danish headers and drop-down lists, as bytes to download. */
export async function importTemplate(kind: SpreadsheetKind): Promise<Blob> {
  const data = await graphqlRequest<{ importTemplate: string }>(`query ImportTemplate($kind: SpreadsheetKind!) { importTemplate(kind: $kind) }`, { kind });
  const bytes = Uint8Array.from(atob(data.importTemplate), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
