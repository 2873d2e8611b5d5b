import { getMe, type User } from './get-me';
import { signIn as signInRequest } from './sign-in';
import { signOut as signOutRequest } from './sign-out';
import { whenSignedOut } from '../graphql-client';

export type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; user: User } | { status: 'error'; error: Error };

/**
 * The one sign-in state of the app: the header control and the editing screens read the same
 * store, so signing in on one shows at once in the other. `me` is asked once, on first use.
 */
let state: SessionState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void refreshSession();
  }
  return () => listeners.delete(listener);
}

export const getSession = (): SessionState => state;

export async function refreshSession(): Promise<void> {
  try {
    const user = await getMe();
    set(user ? { status: 'signed-in', user } : { status: 'anonymous' });
  } catch (err) {
    set({ status: 'error', error: err as Error });
  }
}

export async function signIn(email: string, password: string): Promise<User> {
  const user = await signInRequest(email, password);
  set({ status: 'signed-in', user });
  return user;
}

export async function signOut(): Promise<void> {
  try {
    await signOutRequest();
  } finally {
    set({ status: 'anonymous' });
  }
}

whenSignedOut(() => set({ status: 'anonymous' }));
