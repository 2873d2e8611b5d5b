// The people working (current on $day) in one of the given organisations, each with every
// organisation they currently work in: who would go with those organisations.
// params: $orgIds (list of strings), $day (YYYY-MM-DD)
// returns: personId (string), workplaces (list of strings)
UNWIND $orgIds AS oid
MATCH (:Organisation {id: oid})<-[w:WORKS_IN]-(p:Person)
WHERE (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
WITH DISTINCT p
MATCH (p:Person)-[w2:WORKS_IN]->(o2:Organisation)
WHERE (w2.since IS NULL OR w2.since <= $day) AND (w2.until IS NULL OR w2.until >= $day)
RETURN p.id AS personId, collect(DISTINCT o2.id) AS workplaces
ORDER BY personId
