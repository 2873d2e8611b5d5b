// Which of the given ids lie within an editor's scope: the scope node itself, organisations
// up to three levels below it (PART_OF, IN_CLUSTER), and people, groups and channels attached
// to any of those. Fixed depth rather than a variable-length path keeps it one plan on both engines.
// params: $scopeId, $ids
// returns: id (string)
MATCH (s:Entity {id: $scopeId})
OPTIONAL MATCH (o1:Organisation)-[:PART_OF|IN_CLUSTER]->(s)
OPTIONAL MATCH (o2:Organisation)-[:PART_OF|IN_CLUSTER]->(o1)
OPTIONAL MATCH (o3:Organisation)-[:PART_OF|IN_CLUSTER]->(o2)
WITH s, collect(DISTINCT o1) + collect(DISTINCT o2) + collect(DISTINCT o3) + [s] AS orgs
UNWIND orgs AS o
OPTIONAL MATCH (o)<-[:WORKS_IN|ANCHORED_IN]-(attached:Entity)
OPTIONAL MATCH (o)-[:PROVIDES]->(channel:Channel)
WITH collect(DISTINCT o.id) + collect(DISTINCT attached.id) + collect(DISTINCT channel.id) AS inScope
UNWIND $ids AS id
WITH id, inScope
WHERE id IN inScope
RETURN DISTINCT id
