// Creates one node of one label. A template: __LABEL__ is replaced by a label from NODE_LABELS
// in api/src/domain/vocabulary.ts, never by input. The id's uniqueness is a constraint.
// params: $id, $props (validated map), $now
// returns: label (string), props (map)
CREATE (n:__LABEL__:Entity {id: $id})
SET n += $props, n.createdAt = $now, n.updatedAt = $now, n.version = 1
RETURN '__LABEL__' AS label, n {.*} AS props
