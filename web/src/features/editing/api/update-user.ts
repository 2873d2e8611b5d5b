import type { Account } from './list-users';
import { graphqlRequest } from '../../../lib/graphql-client';

/** Changes an account at the version read; CONFLICT carries the current state. */
export async function updateUser(id: string, version: number, input: { role?: Account['role']; scopeId?: string | null }): Promise<Account> {
  const data = await graphqlRequest<{ updateUser: Account }>(
    'mutation UpdateUser($id: ID!, $version: Int!, $input: UserChangesInput!) { updateUser(id: $id, version: $version, input: $input) { id email name role scopeId version } }',
    { id, version, input },
  );
  return data.updateUser;
}
