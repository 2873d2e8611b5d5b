import type { NodeLabel } from '../lib/vocabulary';
import { graphqlRequest } from '../../../lib/graphql-client';

/** Every node of a label as CSV in Danish name order; the API records the export in the audit trail. */
export async function exportCsv(label: NodeLabel): Promise<string> {
  const data = await graphqlRequest<{ exportCsv: string }>('query ExportCsv($label: NodeLabel!) { exportCsv(label: $label) }', { label });
  return data.exportCsv;
}
