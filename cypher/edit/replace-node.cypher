// Replaces every property of a node (a restore of an earlier version), keeping id and
// createdAt, when it still has the version the client read.
// The write lock is taken before the versions are compared (see edit/update-node).
// params: $id, $version, $props, $now
// returns: props (map)
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n
WHERE n.version = $version
WITH n, n.createdAt AS createdAt, n.version AS version
SET n = $props
SET n.id = $id, n.createdAt = createdAt, n.updatedAt = $now, n.version = version + 1
RETURN n {.*} AS props
