// The stored relationships of one type between the pairs of $pairs ([from, to] ids): an import
// row whose every field equals one of theirs is that relationship, whatever id it was made
// with (edit/twin-relationships asks it for one pair). A template: __TYPE__ is replaced by a
// type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input.
// params: $pairs
// returns: id (string), from (string), to (string), props (map)
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r:__TYPE__]->(b:Entity)
WHERE b.id = pair[1]
RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props
