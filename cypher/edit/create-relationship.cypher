// Creates one relationship of one type between two existing nodes. A template: __TYPE__ is
// replaced by a type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input.
// params: $id, $from, $to, $props, $now
// returns: id (string), type (string), from (string), to (string), props (map)
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:__TYPE__ {id: $id}]->(b)
SET r += $props, r.createdAt = $now, r.updatedAt = $now, r.version = 1
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
