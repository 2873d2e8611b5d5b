// One relationship by id, with its endpoints and properties.
// params: $id
// returns: id (string), type (string), from (string), to (string), props (map)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
