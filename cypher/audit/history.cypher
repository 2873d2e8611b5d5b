// The audit trail of one entity (node or relationship), newest first.
// params: $entityId, $limit
// returns: change (map)
MATCH (c:ChangeEvent {entityId: $entityId})
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
