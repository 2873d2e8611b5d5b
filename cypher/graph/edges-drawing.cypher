// graph/edges for a query that does not ask for the edges' properties: the relationships
// leaving the given nodes, optionally only of the given types, in no particular order, each
// with the id of the node it ends at and, of its properties, its id and the level a map
// colours a STATUS relationship by (properties(r) handed over every property of 643
// relationships for Aarhus' picture), as columns: CPU per statement (engine and conversion,
// interleaved, 200 each, load ~10) p50 5.23 ms with properties(r), 4.55 as a map of the two,
// 3.29 as columns. The caller keeps those that end at one of the given nodes too, as for
// graph/edges.
// params: $ids (list of strings), $types (list of relationship types or null)
// returns: type, source, target, id, level (strings; level null when absent)
UNWIND $ids AS wanted
WITH DISTINCT wanted
MATCH (a:Entity {id: wanted})-[r]->(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN type(r) AS type, wanted AS source, b.id AS target, r.id AS id, r.level AS level
