import { graphqlRequest } from '../../../lib/graphql-client';

/** Changes a relationship's properties at the version read. */
export async function updateLink(id: string, version: number, properties: Record<string, unknown>): Promise<{ version: number }> {
  const data = await graphqlRequest<{ updateLink: { version: number } }>(
    'mutation UpdateLink($id: ID!, $v: Int!, $p: RelationshipInput!) { updateLink(id: $id, version: $v, properties: $p) { version } }',
    { id, v: version, p: properties },
  );
  return data.updateLink;
}
