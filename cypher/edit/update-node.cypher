// Updates a node when it still has the version the client read (optimistic concurrency).
// Properties set to null are removed. No row back means the version was stale or the id unknown.
// The node's write lock is taken before the versions are compared: under Neo4j's READ COMMITTED
// isolation a comparison made before the lock would pass for two writers at once, and both
// would write (a lost update). After the lock the version read is the last committed one.
// params: $id, $version, $props, $now
// returns: props (map)
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n
WHERE n.version = $version
SET n += $props, n.updatedAt = $now, n.version = n.version + 1
RETURN n {.*} AS props
