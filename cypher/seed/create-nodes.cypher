// Creates a batch of nodes of one label that the store holds none of yet (the loader checks
// that with seed/any-node in the same transaction). A template: __LABEL__ is replaced by a label
// from NODE_LABELS in api/src/domain/vocabulary.ts, never by input. Stores exactly what
// seed/merge-nodes stores for a node it creates, without the merge: on a fresh store the
// lookup per row and the isNew marker set and removed again cost the embedded engine ~45 % of
// the CPU of writing the national dataset's people (docs/DESIGN.md, The national import).
// params: $rows (list of {id, hash, props}), $now (ISO timestamp)
// returns: created (integer)
UNWIND $rows AS row
CREATE (n:__LABEL__:Entity {id: row.id, sourceHash: row.hash, createdAt: $now, updatedAt: $now, version: 1})
SET n += row.props
RETURN count(n) AS created
