import { apiLanguage } from '../../../i18n';
import { graphqlRequest } from '../../../lib/graphql-client';
import type { GapScopeInput } from './types';

export interface GapExportFile {
  filename: string;
  mimeType: string;
  encoding: 'utf-8' | 'base64';
  content: string;
  rows: number;
}

const EXPORT = /* GraphQL */ `
  query ExportGaps($scope: GapScopeInput!, $format: GapExportFormat!, $lang: Language) {
    gapsExport(scope: $scope, format: $format, lang: $lang) { filename mimeType encoding content rows }
  }
`;

export async function exportGaps(scope: GapScopeInput, format: 'CSV' | 'XLSX'): Promise<GapExportFile> {
  return (await graphqlRequest<{ gapsExport: GapExportFile }>(EXPORT, { scope, format, lang: apiLanguage() })).gapsExport;
}

/** The file as a Blob to download (XLSX comes base64-encoded in the JSON answer). */
export function fileBlob(file: GapExportFile): Blob {
  if (file.encoding === 'utf-8') return new Blob([file.content], { type: file.mimeType });
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: file.mimeType });
}
