import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface StatusViewer {
  id: string;
  role: 'VIEWER' | 'EDITOR' | 'ADMIN';
}

/** Who is signed in (null: a visitor): editors and admins may report a status from the matrix. */
export function useStatusViewer() {
  return useAsync('me', async (signal) => (await graphqlRequest<{ me: StatusViewer | null }>('query StatusViewer { me { id role } }', {}, signal)).me);
}

export const canReport = (viewer: StatusViewer | null | undefined): boolean => viewer?.role === 'EDITOR' || viewer?.role === 'ADMIN';
