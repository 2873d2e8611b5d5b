// The user behind a session token hash, if the session exists and has not expired.
// params: $tokenHash, $now
// returns: sessionId (string), user (map)
MATCH (s:Session {tokenHash: $tokenHash})-[:SESSION_OF]->(u:User)
WHERE s.expiresAt > $now
RETURN s.id AS sessionId, u {.id, .email, .name, .role, .scopeId} AS user
