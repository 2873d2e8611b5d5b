// Updates a node when it still has the version the client read (optimistic concurrency).
// Properties set to null are removed. No row back means the version was stale or the id unknown.
// params: $id, $version, $props, $now
// returns: props (map)
MATCH (n:Entity {id: $id})
WHERE n.version = $version
SET n += $props, n.updatedAt = $now, n.version = n.version + 1
RETURN n {.*} AS props
