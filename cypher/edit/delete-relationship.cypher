// Deletes a relationship when it still has the version the client read.
// params: $id, $version
// returns: deleted (integer)
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id = $id AND coalesce(r.version, 1) = $version
DELETE r
RETURN count(*) AS deleted
