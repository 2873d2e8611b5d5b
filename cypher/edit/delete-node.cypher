// Deletes a node and its relationships when it still has the version the client read, and
// its search key (search/refresh-keys), which is no part of the map and would be left behind.
// The write lock is taken before the versions are compared (see edit/update-node).
// params: $id, $version
// returns: deleted (integer)
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n
WHERE n.version = $version
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH n, collect(k) AS keys
FOREACH (k IN keys | DETACH DELETE k)
DETACH DELETE n
RETURN count(*) AS deleted
