// Deletes a relationship when it still has the version the client read. Found from its
// endpoints (read first by edit/relationship-state), whose ids are indexed on both engines.
// The write lock is taken before the versions are compared (see edit/update-relationship).
// params: $id, $from, $to, $version
// returns: deleted (integer)
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
WITH r
WHERE coalesce(r.version, 1) = $version
DELETE r
RETURN count(*) AS deleted
