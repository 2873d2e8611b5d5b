// The ids among $ids that the audit trail records as deleted nodes (a DELETE entry of a node:
// no fromId). The import asks it for the ids of its rows that the store does not hold: such a
// row would bring the node back at version 1 past its history, so a client still holding the
// deleted version could overwrite it without a CONFLICT. Restoring is restoreVersion's work.
// params: $ids
// returns: id (string)
UNWIND $ids AS id
MATCH (c:ChangeEvent {entityId: id})
WHERE c.operation = 'DELETE' AND c.fromId IS NULL
RETURN DISTINCT id
