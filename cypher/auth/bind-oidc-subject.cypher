// Binds an account to the person at the organisation's identity provider (issuer and sub), at
// their first sign-in there (api/src/modules/auth/oidc-account.ts). Not a change an
// administrator makes: the version is left as it is, so no edit in progress goes stale.
// params: $id, $subject
// returns: id (string); no row when the account no longer exists
MATCH (u:User {id: $id})
SET u.oidcSubject = $subject
RETURN u.id AS id
