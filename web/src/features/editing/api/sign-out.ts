import { editingRequest } from './request';

/** Ends the session and clears its cookie. */
export async function signOut(): Promise<void> {
  await editingRequest<{ signOut: boolean }>('mutation SignOut { signOut }');
}
