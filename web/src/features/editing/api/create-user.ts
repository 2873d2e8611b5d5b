import type { Account } from './list-users';
import { graphqlRequest } from '../../../lib/graphql-client';

export interface NewAccount {
  email: string;
  name: string;
  role: Account['role'];
  password: string;
  scopeId: string | null;
}

/** Creates an account; BAD_USER_INPUT names the field (input.email, input.password, …). */
export async function createUser(input: NewAccount): Promise<Account> {
  const data = await graphqlRequest<{ createUser: Account }>(
    'mutation CreateUser($input: NewUserInput!) { createUser(input: $input) { id email name role scopeId version } }',
    { input },
  );
  return data.createUser;
}
