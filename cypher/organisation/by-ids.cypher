// Organisations by id, with the organisations directly above (PART_OF, IN_CLUSTER) and below.
// Takes a list so one round trip serves every organisation a request asks about.
// params: $ids (list of strings)
// returns: organisation (map), parents (list of {relation, organisation}), children (list of {relation, organisation})
MATCH (o:Organisation)
WHERE o.id IN $ids
RETURN o {.*} AS organisation,
  [(o)-[r:PART_OF|IN_CLUSTER]->(p:Organisation) | {relation: type(r), organisation: p {.*}}] AS parents,
  [(o)<-[r:PART_OF|IN_CLUSTER]-(c:Organisation) | {relation: type(r), organisation: c {.*}}] AS children
