import type { RelationType } from '../lib/vocabulary';
import { graphqlRequest } from '../../../lib/graphql-client';

/** Links two nodes; the API checks the end labels and the properties of the type. */
export async function createLink(type: RelationType, fromId: string, toId: string, properties: Record<string, unknown>): Promise<{ id: string }> {
  const data = await graphqlRequest<{ link: { id: string } }>(
    'mutation Link($type: RelationType!, $from: ID!, $to: ID!, $p: RelationshipInput) { link(type: $type, fromId: $from, toId: $to, properties: $p) { id } }',
    { type, from: fromId, to: toId, p: properties },
  );
  return data.link;
}
