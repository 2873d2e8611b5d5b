import { USER_FIELDS, type User } from './get-me';
import { graphqlRequest } from '../graphql-client';

/** Signs in; the server sets the HttpOnly session cookie (the token is for scripts, not kept here). */
export async function signIn(email: string, password: string): Promise<User> {
  const data = await graphqlRequest<{ signIn: { user: User } }>(
    `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { ${USER_FIELDS} } } }`,
    { email, password },
  );
  return data.signIn.user;
}
