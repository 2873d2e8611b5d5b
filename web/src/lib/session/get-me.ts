import { graphqlRequest } from '../graphql-client';

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  scopeId: string | null;
}

export const USER_FIELDS = 'id email name role scopeId';

/** The signed-in user, or null for an anonymous visitor. */
export async function getMe(): Promise<User | null> {
  const data = await graphqlRequest<{ me: User | null }>(`query Me { me { ${USER_FIELDS} } }`);
  return data.me;
}
