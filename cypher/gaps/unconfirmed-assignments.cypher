// Fixed-contact assignments in force that nobody has confirmed since $before, serving an
// organisation in scope. One never confirmed counts from when it was made, or, where the store
// has no such time (relationships loaded from the seed files), from the day it began (since);
// with neither it is not listed.
// params: $all, $orgIds, $asOf, $before
// returns: id (string), since (string), organisation (map: id, name), person (map: id, name, title)
// The organisations in scope first: every one for $all, else index seeks by id (a WHERE with
// o.id IN $orgIds tested every organisation against the list on the embedded engine).
CALL () {
  MATCH (o:Organisation) WHERE $all RETURN o
  UNION ALL
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS id
  WITH DISTINCT id
  MATCH (o:Organisation {id: id})
  RETURN o
}
MATCH (o:Organisation)<-[r:CONTACT_FOR]-(p:Person)
WHERE (r.until IS NULL OR r.until >= $asOf)
  AND coalesce(r.confirmedAt, r.createdAt, r.since) < $before
RETURN r.id AS id, coalesce(r.confirmedAt, r.createdAt, r.since) AS since, o {.id, .name} AS organisation, p {.id, .name, .title} AS person
ORDER BY since, id
