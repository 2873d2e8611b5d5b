// Appends one entry to the audit trail. States are JSON text because Neo4j properties
// cannot hold maps. ChangeEvent carries no Entity label: it never shows in the map.
// A relationship's entry also names its two ends ($fromId, $toId; null for a node), so the
// history of either end finds it, even after the relationship is gone.
// params: $id, $at, $actor, $operation, $entityId, $entityLabel, $before, $after, $fromId, $toId
// returns: id (string)
CREATE (c:ChangeEvent {id: $id, at: $at, actor: $actor, operation: $operation, entityId: $entityId,
                       entityLabel: $entityLabel, before: $before, after: $after, fromId: $fromId, toId: $toId})
RETURN c.id AS id
