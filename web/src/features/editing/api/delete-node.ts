import type { NodeLabel } from '../lib/vocabulary';
import { graphqlRequest } from '../../../lib/graphql-client';

/** delete<Label> at the version read; the audit trail keeps it for restore. */
export async function deleteNode(label: NodeLabel, id: string, version: number): Promise<void> {
  const field = `delete${label}`;
  await graphqlRequest(`mutation Delete($id: ID!, $v: Int!) { ${field}(id: $id, version: $v) { id } }`, { id, v: version });
}
