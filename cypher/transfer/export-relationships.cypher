// Every relationship between map nodes with all its properties, in id order.
// params: none
// returns: type (string), from (string), to (string), props (map)
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY r.id
