import { graphqlRequest } from '../../../lib/graphql-client';

/** Deletes an account at the version read and ends its sessions. */
export async function deleteUser(id: string, version: number): Promise<void> {
  await graphqlRequest<{ deleteUser: { id: string } }>('mutation DeleteUser($id: ID!, $version: Int!) { deleteUser(id: $id, version: $version) { id } }', {
    id,
    version,
  });
}
