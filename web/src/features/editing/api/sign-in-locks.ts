import { graphqlRequest } from '../../../lib/graphql-client';

export interface SignInLock {
  id: string;
  kind: 'ACCOUNT_CLIENT' | 'CLIENT';
  /** The account for ACCOUNT_CLIENT; null when the client waits for every account. */
  email: string | null;
  client: string;
  failures: number;
  lockedUntil: string;
}

/** The sign-in locks in force (admins only). */
export async function listSignInLocks(signal?: AbortSignal): Promise<SignInLock[]> {
  const data = await graphqlRequest<{ signInLocks: SignInLock[] }>(
    'query SignInLocks { signInLocks { id kind email client failures lockedUntil } }',
    {},
    signal,
  );
  return data.signInLocks;
}

/** Lifts a lock: that client may sign in again at once (audited). */
export async function liftSignInLock(id: string): Promise<SignInLock> {
  const data = await graphqlRequest<{ liftSignInLock: SignInLock }>(
    'mutation LiftSignInLock($id: ID!) { liftSignInLock(id: $id) { id kind email client failures lockedUntil } }',
    { id },
  );
  return data.liftSignInLock;
}
