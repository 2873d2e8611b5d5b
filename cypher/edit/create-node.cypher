// Creates one node of one label. A template: __LABEL__ is replaced by a label from NODE_LABELS
// in api/src/domain/vocabulary.ts, never by input. The id's uniqueness is a constraint.
// $version: 1 for a new node (null); a deleted node brought back continues the version it was
// deleted at, so a client still holding that version is told of the change (CONFLICT) rather
// than overwriting the restored state (an outside probe: the restore had started again at 1).
// params: $id, $props (validated map), $now, $version (integer or null)
// returns: label (string), props (map)
CREATE (n:__LABEL__:Entity {id: $id})
SET n += $props, n.createdAt = $now, n.updatedAt = $now, n.version = coalesce($version, 1)
RETURN '__LABEL__' AS label, n {.*} AS props
