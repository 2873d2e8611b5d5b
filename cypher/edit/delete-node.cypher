// Deletes a node and its relationships when it still has the version the client read.
// params: $id, $version
// returns: deleted (integer)
MATCH (n:Entity {id: $id})
WHERE n.version = $version
DETACH DELETE n
RETURN count(*) AS deleted
