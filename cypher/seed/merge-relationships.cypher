// Upserts a batch of relationships of one type by id. A template: __TYPE__ is replaced by a
// type from RELATIONSHIP_TYPES in api/src/domain/vocabulary.ts, never by input. Endpoints must
// exist; the loader checks that before it writes.
// params: $rows (list of {id, from, to, hash, props})
// returns: created (integer), updated (integer)
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__ {id: row.id}]->(b)
ON CREATE SET r += row.props, r.sourceHash = row.hash, r.isNew = true
WITH r, row, coalesce(r.isNew, false) AS created, r.sourceHash <> row.hash AS changed
SET r += CASE WHEN changed THEN row.props ELSE {} END, r.sourceHash = row.hash
REMOVE r.isNew
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated
