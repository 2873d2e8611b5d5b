// The organisations within two steps of the given node, through people (WORKS_IN,
// CONTACT_FOR), channels (PROVIDES, SERVES) and the organisation tree (PART_OF), current on
// $day, hubs (REGION, CLUSTER) left out: the ends whose connections a what-if question tests.
// params: $id (string), $day (YYYY-MM-DD)
// returns: organisation (map: id, name, kind, sector), steps (integer: 1 or 2, the fewest)
MATCH (s:Entity {id: $id})-[r1:WORKS_IN|CONTACT_FOR|PROVIDES|SERVES|PART_OF]-(n1:Entity)
WHERE (r1.since IS NULL OR r1.since <= $day) AND (r1.until IS NULL OR r1.until >= $day)
  AND NOT coalesce(n1.kind, '') IN ['REGION', 'CLUSTER']
OPTIONAL MATCH (n1:Entity)-[r2:WORKS_IN|CONTACT_FOR|PROVIDES|SERVES|PART_OF]-(n2:Organisation)
WHERE (r2.since IS NULL OR r2.since <= $day) AND (r2.until IS NULL OR r2.until >= $day)
  AND NOT n2.kind IN ['REGION', 'CLUSTER'] AND n2.id <> $id
WITH [o IN collect(DISTINCT CASE WHEN 'Organisation' IN labels(n1) THEN n1 END) | {o: o, steps: 1}] + [o IN collect(DISTINCT n2) | {o: o, steps: 2}] AS found
UNWIND found AS f
WITH f.o AS o, min(f.steps) AS steps
WHERE o IS NOT NULL AND o.id <> $id
RETURN o {.id, .name, .kind, .sector} AS organisation, steps
ORDER BY steps, organisation.id
