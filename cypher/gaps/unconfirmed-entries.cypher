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
// Each kind reads the organisations in scope first: every one for $all, else index seeks by id
// (a WHERE with o.id IN $orgIds tested every organisation against the list on the embedded
// engine). Both kinds in one CALL (o) per organisation were twice the CPU of the two
// statements for everything (national, 6.2-6.9 against 2.9-3.4 ms); the scope read twice, as
// here, is the same CPU as the two (3.0-3.1) and less for the Aarhus cluster (0.65 against 0.8).
CALL () {
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
  RETURN r.id AS id, coalesce(r.confirmedAt, r.createdAt, r.since) AS since, o {.id, .name} AS organisation, p {.id, .name, .title} AS person, null AS channel
  UNION ALL
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
  RETURN c.id AS id, coalesce(c.confirmedAt, c.createdAt) AS since, o {.id, .name} AS organisation, null AS person, c {.id, .name} AS channel
}
RETURN id, since, organisation, person, channel
ORDER BY since, id
