// The nodes of one label that already carry a name, through the name's index: a create whose
// every field equals one of theirs is the same request again (a double click, a retried POST).
// A template: __LABEL__ is replaced by a label from NODE_LABELS in
// api/src/domain/vocabulary.ts, never by input.
// params: $name
// returns: id (string), props (map)
MATCH (n:Entity {name: $name})
WHERE n:__LABEL__
RETURN n.id AS id, n {.*} AS props
