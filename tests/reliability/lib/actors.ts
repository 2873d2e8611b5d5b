import type { TestApp } from '../../support/test-app.js';
import { signedIn } from '../../support/sign-in.js';
import type { Who } from './hostile-run.js';

/** The cluster a scoped editor is limited to in these suites: Randers (in the Central Denmark seed). */
export const SCOPE_ID = 'org:cluster-randers';

/** Request headers for each kind of caller: anonymous, viewer, editor, editor limited to Randers, admin. */
export async function actors(t: TestApp): Promise<Record<Who, Record<string, string>>> {
  return {
    anonymous: {},
    viewer: await signedIn(t, 'VIEWER'),
    editor: await signedIn(t, 'EDITOR'),
    scopedEditor: await signedIn(t, 'EDITOR', SCOPE_ID),
    admin: await signedIn(t, 'ADMIN'),
  };
}
