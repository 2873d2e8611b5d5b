// Creates a batch of relationships of one type that the store holds none of yet (the loader
// checks that with seed/any-relationship in the same transaction). A template: __TYPE__ is
// replaced by a type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input.
// Stores exactly what seed/merge-relationships stores for a relationship it creates; endpoints
// must exist (the loader checks that before it writes).
// params: $rows (list of {id, from, to, hash, props})
// returns: created (integer)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:__TYPE__ {id: row.id, sourceHash: row.hash}]->(b)
SET r += row.props
RETURN count(r) AS created
