// One audit entry by id.
// params: $id
// returns: change (map)
MATCH (c:ChangeEvent {id: $id})
RETURN c {.*} AS change
