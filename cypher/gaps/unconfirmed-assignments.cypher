// Fixed-contact assignments in force that nobody has confirmed since $before, serving an
// organisation in scope. One never confirmed counts from when it was made, or, where the store
// has no such time (relationships loaded from the seed files), from the day it began (since);
// with neither it is not listed.
// params: $all, $orgIds, $asOf, $before
// returns: id (string), since (string), organisation (map: id, name), person (map: id, name, title)
MATCH (p:Person)-[r:CONTACT_FOR]->(o:Organisation)
WHERE ($all OR o.id IN $orgIds)
  AND (r.until IS NULL OR r.until >= $asOf)
  AND coalesce(r.confirmedAt, r.createdAt, r.since) < $before
RETURN r.id AS id, coalesce(r.confirmedAt, r.createdAt, r.since) AS since, o {.id, .name} AS organisation, p {.id, .name, .title} AS person
ORDER BY since, id
