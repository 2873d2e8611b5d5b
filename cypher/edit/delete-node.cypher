// Deletes a node and its relationships when it still has the version the client read, and
// its search key (search/refresh-keys), which is no part of the map and would be left behind.
// params: $id, $version
// returns: deleted (integer)
MATCH (n:Entity {id: $id})
WHERE n.version = $version
OPTIONAL MATCH (n)-[:SEARCH_KEY]->(k:SearchKey)
WITH n, collect(k) AS keys
FOREACH (k IN keys | DETACH DELETE k)
DETACH DELETE n
RETURN count(*) AS deleted
