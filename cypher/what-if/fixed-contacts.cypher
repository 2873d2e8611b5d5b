// The organisations the given people are current fixed contacts for, each with every current
// fixed-contact assignment it has (whoever holds it): which would be left without one.
// params: $personIds (list of strings), $day (YYYY-MM-DD)
// returns: organisation (map: id, name, kind, sector), contacts (list of maps: id, personId)
UNWIND $personIds AS pid
MATCH (:Person {id: pid})-[c:CONTACT_FOR]->(o:Organisation)
WHERE (c.since IS NULL OR c.since <= $day) AND (c.until IS NULL OR c.until >= $day)
WITH DISTINCT o
MATCH (o:Organisation)<-[c2:CONTACT_FOR]-(q:Person)
WHERE (c2.since IS NULL OR c2.since <= $day) AND (c2.until IS NULL OR c2.until >= $day)
RETURN o {.id, .name, .kind, .sector} AS organisation, collect({id: c2.id, personId: q.id}) AS contacts
ORDER BY organisation.id
