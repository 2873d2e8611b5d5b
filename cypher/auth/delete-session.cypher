// Ends a session (sign-out), and sweeps the sessions that have expired.
// params: $id, $now
// returns: nothing
OPTIONAL MATCH (s:Session)
WHERE s.id = $id OR s.expiresAt <= $now
DETACH DELETE s
