// Updates a relationship's properties when it still has the version the client read; a
// relationship loaded by the seed counts as version 1.
// params: $id, $version, $props, $now
// returns: id (string), type (string), from (string), to (string), props (map)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id AND coalesce(r.version, 1) = $version
SET r += $props, r.updatedAt = $now, r.version = coalesce(r.version, 1) + 1
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
