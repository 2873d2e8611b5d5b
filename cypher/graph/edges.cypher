// The relationships leaving the given nodes, optionally only of the given types, in no
// particular order (the caller sorts the ones it keeps by id: the engines hand them over in
// their own, different walk orders), each with the id of the node it ends at. The caller keeps
// those that end at one of the given nodes too: the embedded engine tests `x IN` a list
// parameter against every element of the list, which for a municipality's picture (540 nodes,
// 1,200 relationships) cost more than all the rest, and matching both ends from the list made
// it join every pair. From the nodes by index seeks. The relationship's id is the one in props:
// an id column beside it was ~0.27 ms of ~3.3 ms CPU for Aarhus' 643 rows.
// params: $ids (list of strings), $types (list of relationship types or null)
// returns: type (string), source (string), target (string), props (map, with the relationship's id)
UNWIND $ids AS wanted
WITH DISTINCT wanted
MATCH (a:Entity {id: wanted})-[r]->(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN type(r) AS type, wanted AS source, b.id AS target, properties(r) AS props
