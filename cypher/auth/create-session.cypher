// Starts a session for a user; only the SHA-256 of the session token is stored.
// With $passwordHash (a password sign-in), only while the account still has the password that
// was checked, read under a write lock on the account: a sign-in racing a password reset (whose
// update locks the account and ends its sessions) either lands first and is ended by the reset,
// or comes second and finds the new hash: no row. Null for a sign-in through the provider.
// params: $id, $userId, $tokenHash, $expiresAt, $now, $passwordHash
// returns: id (string); no row when the account is gone or its password changed meanwhile
MATCH (u:User {id: $userId})
SET u._lock = true
REMOVE u._lock
WITH u
WHERE $passwordHash IS NULL OR u.passwordHash = $passwordHash
CREATE (s:Session {id: $id, tokenHash: $tokenHash, expiresAt: $expiresAt, createdAt: $now})-[:SESSION_OF]->(u)
RETURN s.id AS id
