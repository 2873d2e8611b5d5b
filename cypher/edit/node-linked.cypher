// Whether a node has any relationship to another entity yet (a node with none, just created,
// is anyone's to finish placing: core/edit-scope.ts), and its name for the message when it may
// not be linked. Entities only, as edit/node-state counts them: search keys hang off every node.
// params: $id
// returns: linked (boolean), name (string or null); no row when no such node exists
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--(:Entity) } > 0 AS linked, n.name AS name
