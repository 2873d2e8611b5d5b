// The audit trail of one entity (node or relationship), newest first. For a node it holds the
// edits of its relationships too: entries naming it as an end (fromId/toId, recorded since
// they were added) and, for entries recorded before that, the entries of the relationships it
// has now. Each branch is an index seek; UNION keeps an entry found twice once.
// params: $entityId, $limit
// returns: change (map)
CALL () {
  MATCH (c:ChangeEvent {entityId: $entityId}) RETURN c
  UNION
  MATCH (c:ChangeEvent {fromId: $entityId}) RETURN c
  UNION
  MATCH (c:ChangeEvent {toId: $entityId}) RETURN c
  UNION
  MATCH (:Entity {id: $entityId})-[r]-(:Entity)
  WITH DISTINCT r.id AS relId
  MATCH (c:ChangeEvent {entityId: relId}) RETURN c
}
RETURN c {.*} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
