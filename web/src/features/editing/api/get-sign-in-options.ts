import { graphqlRequest } from '../../../lib/graphql-client';

export interface SignInOptions {
  /** Staff can sign in with the organisation's identity provider (/auth/oidc/login). */
  organisation: boolean;
}

export async function getSignInOptions(): Promise<SignInOptions> {
  const data = await graphqlRequest<{ signInOptions: SignInOptions }>('query SignInOptions { signInOptions { organisation } }');
  return data.signInOptions;
}
