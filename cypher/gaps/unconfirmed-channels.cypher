// Channels in use (ESTABLISHED) that nobody has confirmed since $before (one never confirmed
// counts from when it was made), provided by an organisation in scope.
// params: $all, $orgIds, $before
// returns: id (string), since (string), organisation (map: id, name), channel (map: id, name)
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
MATCH (o:Organisation)-[:PROVIDES]->(c:Channel)
WHERE c.status = 'ESTABLISHED'
  AND coalesce(c.confirmedAt, c.createdAt) < $before
RETURN c.id AS id, coalesce(c.confirmedAt, c.createdAt) AS since, o {.id, .name} AS organisation, c {.id, .name} AS channel
ORDER BY since, id
