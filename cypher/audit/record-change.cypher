// Appends one entry to the audit trail. States are JSON text because Neo4j properties
// cannot hold maps. ChangeEvent carries no Entity label: it never shows in the map.
// params: $id, $at, $actor, $operation, $entityId, $entityLabel, $before, $after
// returns: id (string)
CREATE (c:ChangeEvent {id: $id, at: $at, actor: $actor, operation: $operation, entityId: $entityId,
                       entityLabel: $entityLabel, before: $before, after: $after})
RETURN c.id AS id
