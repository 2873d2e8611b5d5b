import { graphqlRequest } from '../../../lib/graphql-client';

export interface Account {
  id: string;
  email: string;
  name: string;
  role: 'VIEWER' | 'EDITOR' | 'ADMIN';
  scopeId: string | null;
  version: number;
}

/** Every account, by e-mail (admins only). */
export async function listUsers(signal?: AbortSignal): Promise<Account[]> {
  const data = await graphqlRequest<{ users: Account[] }>('query Users { users { id email name role scopeId version } }', {}, signal);
  return data.users;
}
