import type { NodeLabel } from '../lib/vocabulary';
import { NODE_EDIT_FIELDS, type NodeEdit } from './node-edit';
import { graphqlRequest } from '../../../lib/graphql-client';

/** create<Label>: the label comes from the closed list, never from text the user typed. */
export async function createNode(label: NodeLabel, properties: Record<string, unknown>): Promise<NodeEdit> {
  const field = `create${label}`;
  const data = await graphqlRequest<Record<string, NodeEdit>>(
    `mutation Create($p: Create${label}Input!) { ${field}(properties: $p) { ${NODE_EDIT_FIELDS} } }`,
    { p: properties },
  );
  return data[field]!;
}
