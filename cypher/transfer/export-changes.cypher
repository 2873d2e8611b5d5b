// The whole audit trail, in id order, so a restored store keeps its history.
// params: none
// returns: change (map)
MATCH (c:ChangeEvent)
RETURN c {.*} AS change
ORDER BY c.id
