// Updates a relationship's properties when it still has the version the client read; a
// relationship loaded by the seed counts as version 1. Found from its endpoints (read first by
// edit/relationship-state), whose ids are indexed on both engines.
// The relationship's write lock is taken before the versions are compared: under Neo4j's READ
// COMMITTED isolation a comparison made before the lock would pass for two writers at once, and
// both would write (a lost update). After the lock the version read is the last committed one.
// params: $id, $from, $to, $version, $props, $now
// returns: id (string), type (string), from (string), to (string), props (map)
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
WITH a, r, b
WHERE coalesce(r.version, 1) = $version
SET r += $props, r.updatedAt = $now, r.version = coalesce(r.version, 1) + 1
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
