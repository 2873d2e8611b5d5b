import { useSyncExternalStore } from 'react';
import { getSession, subscribe, type SessionState } from './session-store';

/** The app-wide sign-in state (loaded on first use). */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, getSession);
}
