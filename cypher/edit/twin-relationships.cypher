// The relationships of one type already between two nodes, read under the start node's write
// lock, so a link asked for twice at once is created once: the second request waits for the
// first (Neo4j) or collides with it and is retried (the embedded engine), and then finds it.
// The lock changes nothing stored (as gaps/acknowledgement-lock). A template: __TYPE__ is
// replaced by a type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input.
// No row when the start node does not exist or no such relationship does.
// params: $from, $to
// returns: id (string), props (map)
MATCH (a:Entity {id: $from})
SET a._lock = true
REMOVE a._lock
WITH a
MATCH (a)-[r:__TYPE__]->(b:Entity)
WHERE b.id = $to
RETURN r.id AS id, properties(r) AS props
