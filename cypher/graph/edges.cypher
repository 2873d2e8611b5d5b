// The relationships between the given nodes, optionally only of the given types, in id order
// (the engines would otherwise hand them over in their own, different walk orders).
// params: $ids (list of strings), $types (list of relationship types or null)
// returns: id (string), type (string), source (string), target (string), props (map)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($types IS NULL OR type(r) IN $types)
RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props
ORDER BY id
