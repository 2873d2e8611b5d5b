/** Statements of accounts and sessions: key → file under cypher/ (without `.cypher`). */
export const AUTH_QUERIES = {
  countUsers: 'auth/count-users',
  createUser: 'auth/create-user',
  userByEmail: 'auth/user-by-email',
  createSession: 'auth/create-session',
  viewerByToken: 'auth/viewer-by-token',
  deleteSession: 'auth/delete-session',
  listUsers: 'auth/list-users',
  userById: 'auth/user-by-id',
  updateUser: 'auth/update-user',
  endUserSessions: 'auth/end-user-sessions',
  deleteUser: 'auth/delete-user',
  actingRole: 'auth/acting-role',
  bindOidcSubject: 'auth/bind-oidc-subject',
} as const;
