import { NODE_EDIT_FIELDS, type NodeEdit } from './node-edit';
import { graphqlRequest } from '../../../lib/graphql-client';

/**
 * Brings the entity back to the state after the change, or with `before` the state before it
 * (the only record of the version before the first change). `version` is the current one.
 */
export async function restoreVersion(changeId: string, version: number | null, before: boolean): Promise<NodeEdit> {
  const data = await graphqlRequest<{ restoreVersion: NodeEdit }>(
    `mutation Restore($c: ID!, $v: Int, $before: Boolean) { restoreVersion(changeId: $c, version: $v, before: $before) { ${NODE_EDIT_FIELDS} } }`,
    { c: changeId, v: version, before },
  );
  return data.restoreVersion;
}
