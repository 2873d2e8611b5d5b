// Counts nodes and relationships; used to decide whether to seed an empty store, and by tests.
// params: none
// returns: nodes (integer), relationships (integer)
OPTIONAL MATCH (n:Entity)
WITH count(n) AS nodes
OPTIONAL MATCH (:Entity)-[r]->(:Entity)
RETURN nodes, count(r) AS relationships
