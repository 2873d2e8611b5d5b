// The organisations within two steps of the given node, through people (WORKS_IN,
// CONTACT_FOR), channels (PROVIDES, SERVES) and the organisation tree (PART_OF), current on
// $day, hubs (REGION, CLUSTER) left out: the ends whose connections a what-if question tests.
// params: $id (string), $day (YYYY-MM-DD)
// One row per way found (the caller keeps each organisation once, at its fewest steps).
// returns: near (map: id, name, kind, sector; null unless the first step is an organisation), far (map or null: an organisation two steps away)
MATCH (s:Entity {id: $id})-[r1:WORKS_IN|CONTACT_FOR|PROVIDES|SERVES|PART_OF]-(n1:Entity)
WHERE (r1.since IS NULL OR r1.since <= $day) AND (r1.until IS NULL OR r1.until >= $day)
  AND NOT coalesce(n1.kind, '') IN ['REGION', 'CLUSTER']
OPTIONAL MATCH (n1:Entity)-[r2:WORKS_IN|CONTACT_FOR|PROVIDES|SERVES|PART_OF]-(n2:Organisation)
WHERE (r2.since IS NULL OR r2.since <= $day) AND (r2.until IS NULL OR r2.until >= $day)
  AND NOT n2.kind IN ['REGION', 'CLUSTER'] AND n2.id <> $id
RETURN DISTINCT
  CASE WHEN 'Organisation' IN labels(n1) THEN n1 {.id, .name, .kind, .sector} ELSE NULL END AS near,
  CASE WHEN n2 IS NULL THEN NULL ELSE n2 {.id, .name, .kind, .sector} END AS far
