import { coded } from '../errors.js';

export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as resolvers see it; `null` for an anonymous visitor. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** An editor limited to one cluster or organisation (and what lies below it); null for all. */
  scopeId: string | null;
  sessionId: string;
}

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer !== null && RANK[viewer.role] >= RANK[role];
}

/** Throws UNAUTHENTICATED for anonymous visitors and FORBIDDEN for too low a role. */
export function requireRole(viewer: Viewer | null, role: Role): Viewer {
  if (!viewer) throw coded('UNAUTHENTICATED', { en: 'You must be signed in.', da: 'Du skal være logget ind.' });
  if (!hasRole(viewer, role)) throw coded('FORBIDDEN', { en: `Requires the ${role} role.`, da: `Kræver rollen ${role}.` }, { requiredRole: role });
  return viewer;
}
