// Writes exported relationships of one type exactly as exported. A template: __TYPE__ is
// replaced by a type from RELATIONSHIP_TYPES, never by input.
// params: $rows (list of {id, from, to, props})
// returns: written (integer)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
SET r = row.props
RETURN count(r) AS written
