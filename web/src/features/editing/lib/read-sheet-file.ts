import type { SpreadsheetFormat } from '../api/import-spreadsheet';

/** What goes to the API: CSV as text, XLSX as base64. */
export interface SheetFile {
  name: string;
  format: SpreadsheetFormat;
  content: string;
  sizeKb: number;
}

/** The API takes at most 1 MB per request; base64 makes an XLSX a third larger. */
export const MAX_SHEET_KB = 700;

export function formatOf(name: string): SpreadsheetFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'CSV';
  if (lower.endsWith('.xlsx')) return 'XLSX';
  return null;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function readSheetFile(file: File, format: SpreadsheetFormat): Promise<SheetFile> {
  const content = format === 'CSV' ? await file.text() : toBase64(await file.arrayBuffer());
  return { name: file.name, format, content, sizeKb: Math.ceil(file.size / 1024) };
}
