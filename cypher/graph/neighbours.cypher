// One step of a breadth-first walk: the nodes linked to any of $ids, in either direction,
// optionally only through relationships of the given types. The walk takes one statement per
// step (at most 4), whatever the number of nodes it reaches. Each id is found by an index
// seek (UNWIND, then MATCH: `a.id IN $ids` tests every element of the list, and an OPTIONAL
// MATCH after the UNWIND made the embedded engine scan every node); with no match at all the
// one row still comes, with an empty list.
// params: $ids (list of strings), $types (list of relationship types or null)
// returns: ids (list of strings)
UNWIND $ids AS wanted
WITH DISTINCT wanted
MATCH (a:Entity {id: wanted})-[r]-(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN collect(DISTINCT b.id) AS ids
