// One step of a breadth-first walk: the nodes linked to any of $ids, in either direction,
// optionally only through relationships of the given types. The walk takes one statement per
// step (at most 4), whatever the number of nodes it reaches.
// params: $ids (list of strings), $types (list of relationship types or null)
// returns: ids (list of strings)
OPTIONAL MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
RETURN collect(DISTINCT b.id) AS ids
