import { graphqlRequest } from '../../../lib/graphql-client';

/** Removes a relationship read at `version`. */
export async function unlink(id: string, version: number): Promise<void> {
  await graphqlRequest('mutation Unlink($id: ID!, $v: Int!) { unlink(id: $id, version: $v) { id } }', { id, v: version });
}
