// Upserts a batch of nodes of one label by id. A template: __LABEL__ is replaced by a label
// from NODE_LABELS in api/src/domain/vocabulary.ts, never by input. Every node also gets the
// Entity label, so any node can be found by id alone. A record whose content hash is unchanged
// is left untouched, which keeps a second load of the same data from changing anything.
// params: $rows (list of {id, hash, props}), $now (ISO timestamp)
// returns: created (integer), updated (integer)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n:Entity, n += row.props, n.sourceHash = row.hash, n.createdAt = $now, n.updatedAt = $now, n.version = 1, n.isNew = true
WITH n, row
WITH n, row, coalesce(n.isNew, false) AS created, n.sourceHash <> row.hash AS changed
SET n += CASE WHEN changed THEN row.props ELSE {} END,
    n.version = CASE WHEN changed THEN n.version + 1 ELSE n.version END,
    n.updatedAt = CASE WHEN changed THEN $now ELSE n.updatedAt END,
    n.sourceHash = row.hash
REMOVE n.isNew
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS updated
