// Fixed contacts and channels nobody has confirmed since $before, for the organisations in
// scope: the assignments in force (CONTACT_FOR) to an organisation in scope, and the channels
// in use (ESTABLISHED) one provides. One never confirmed counts from when it was made; an
// assignment without such a time (relationships loaded from the seed files) from the day it
// began (since); with neither it is not listed. One statement for both kinds (they were two;
// every statement costs ~0.35 ms on the embedded engine whatever it does).
// params: $all, $orgIds, $asOf, $before
// returns: id (string), since (string), organisation (map: id, name), then for an assignment
// person (map: id, name, title) and channel null, for a channel channel (map: id, name) and
// person null. Oldest first, then by id (an assignment's or a channel's).
// Each kind has a branch for $all, walked from every organisation, and one for a scope, from
// index seeks by id (a WHERE with o.id IN $orgIds tested every organisation against the list on
// the embedded engine); the branches of the other case answer nothing. Until 12/2026 (gaps11)
// each kind read the organisations first in a CALL of their own and matched from them: the
// embedded engine (@grafeo-db/js 0.6.0) then tested each of the 2,490 organisations' label
// again (PROFILE: most of the statement). Everything 6.0 -> 4.1 ms CPU (p10 4.5 -> 3.4;
// alternated in one process, national store, load 13), the Aarhus cluster the same (1.3).
// Both kinds in one CALL (o) per organisation were twice the CPU of the two statements for
// everything (national, 6.2-6.9 against 2.9-3.4 ms).
CALL () {
  MATCH (o:Organisation)<-[r:CONTACT_FOR]-(p:Person)
  WHERE $all AND (r.until IS NULL OR r.until >= $asOf)
    AND coalesce(r.confirmedAt, r.createdAt, r.since) < $before
  RETURN r.id AS id, coalesce(r.confirmedAt, r.createdAt, r.since) AS since, o {.id, .name} AS organisation, p {.id, .name, .title} AS person, null AS channel
  UNION ALL
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS oid
  WITH DISTINCT oid
  MATCH (o:Organisation {id: oid})<-[r:CONTACT_FOR]-(p:Person)
  WHERE (r.until IS NULL OR r.until >= $asOf)
    AND coalesce(r.confirmedAt, r.createdAt, r.since) < $before
  RETURN r.id AS id, coalesce(r.confirmedAt, r.createdAt, r.since) AS since, o {.id, .name} AS organisation, p {.id, .name, .title} AS person, null AS channel
  UNION ALL
  MATCH (o:Organisation)-[:PROVIDES]->(c:Channel)
  WHERE $all AND c.status = 'ESTABLISHED'
    AND coalesce(c.confirmedAt, c.createdAt) < $before
  RETURN c.id AS id, coalesce(c.confirmedAt, c.createdAt) AS since, o {.id, .name} AS organisation, null AS person, c {.id, .name} AS channel
  UNION ALL
  UNWIND CASE WHEN $all THEN [] ELSE $orgIds END AS oid
  WITH DISTINCT oid
  MATCH (o:Organisation {id: oid})-[:PROVIDES]->(c:Channel)
  WHERE c.status = 'ESTABLISHED'
    AND coalesce(c.confirmedAt, c.createdAt) < $before
  RETURN c.id AS id, coalesce(c.confirmedAt, c.createdAt) AS since, o {.id, .name} AS organisation, null AS person, c {.id, .name} AS channel
}
RETURN id, since, organisation, person, channel
ORDER BY since, id
