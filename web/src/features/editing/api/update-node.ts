import type { NodeLabel } from '../lib/vocabulary';
import { NODE_EDIT_FIELDS, type NodeEdit } from './node-edit';
import { graphqlRequest } from '../../../lib/graphql-client';

/** update<Label> at the version read; CONFLICT when someone saved in between. */
export async function updateNode(label: NodeLabel, id: string, version: number, properties: Record<string, unknown>): Promise<NodeEdit> {
  const field = `update${label}`;
  const data = await graphqlRequest<Record<string, NodeEdit>>(
    `mutation Update($id: ID!, $v: Int!, $p: Update${label}Input!) { ${field}(id: $id, version: $v, properties: $p) { ${NODE_EDIT_FIELDS} } }`,
    { id, v: version, p: properties },
  );
  return data[field]!;
}
