// Starts a session for a user; only the SHA-256 of the session token is stored.
// params: $id, $userId, $tokenHash, $expiresAt, $now
// returns: id (string)
MATCH (u:User {id: $userId})
CREATE (s:Session {id: $id, tokenHash: $tokenHash, expiresAt: $expiresAt, createdAt: $now})-[:SESSION_OF]->(u)
RETURN s.id AS id
