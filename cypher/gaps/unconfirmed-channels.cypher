// Channels in use (ESTABLISHED) that nobody has confirmed since $before (one never confirmed
// counts from when it was made), provided by an organisation in scope.
// params: $all, $orgIds, $before
// returns: id (string), since (string), organisation (map: id, name), channel (map: id, name)
MATCH (o:Organisation)-[:PROVIDES]->(c:Channel)
WHERE ($all OR o.id IN $orgIds)
  AND c.status = 'ESTABLISHED'
  AND coalesce(c.confirmedAt, c.createdAt) < $before
RETURN c.id AS id, coalesce(c.confirmedAt, c.createdAt) AS since, o {.id, .name} AS organisation, c {.id, .name} AS channel
ORDER BY since, id
