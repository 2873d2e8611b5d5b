import { graphqlRequest } from '../graphql-client';

/** Ends the session and clears its cookie. */
export async function signOut(): Promise<void> {
  await graphqlRequest<{ signOut: boolean }>('mutation SignOut { signOut }');
}
