// The stored nodes of one label that carry one of $names, through the name's index: an import
// row whose every field equals one of theirs is that node (edit/twin-nodes asks it for one
// name; an import asks for all its rows' names in one statement). A template: __LABEL__ is
// replaced by a label from NODE_LABELS in api/src/domain/vocabulary.ts, never by input.
// params: $names
// returns: id (string), props (map)
UNWIND $names AS name
MATCH (n:Entity {name: name})
WHERE n:__LABEL__
RETURN n.id AS id, n {.*} AS props
