// The people who work in the given organisations or are fixed contacts for them and have a tie
// to an organisation outside them, with every workplace and every fixed-contact assignment of
// theirs current on $day, one row per tie, so the caller can tell whose contact serves whom
// across sectors and who works on both sides (it gathers the rows by person). Someone whose
// current ties all stay inside links nothing (a link needs one end outside), so only the others'
// ties are projected: in a large municipality 6 rows instead of 529, which was most of this
// statement's cost and of the reader's. A count, not EXISTS { }: the embedded engine runs an
// EXISTS subquery per person at many times the cost of walking the ties twice.
// A municipal unit carries its municipality. From the organisations asked about, not every
// person: the embedded engine starts a pattern at its first node.
// Each tie's municipality is a per-row pattern comprehension (UNWIND keeps a row without one,
// as the OPTIONAL MATCH did): joined, it scanned every organisation and its PART_OF.
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: person (map), tie ('WORKS_IN' or 'CONTACT_FOR'), rel (map), org (map), municipality (map or null)
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[:WORKS_IN|CONTACT_FOR]-(p:Person)
WITH DISTINCT p
MATCH (p)-[r:WORKS_IN|CONTACT_FOR]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until >= $day)
WITH p, sum(CASE WHEN o.id IN $ids THEN 0 ELSE 1 END) AS outside
WHERE outside > 0
MATCH (p)-[r:WORKS_IN|CONTACT_FOR]->(o:Organisation)
WHERE (r.since IS NULL OR r.since <= $day) AND (r.until IS NULL OR r.until >= $day)
WITH p, r, o, [(o)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}] AS municipalities
UNWIND CASE WHEN size(municipalities) = 0 THEN [null] ELSE municipalities END AS municipality
RETURN p {.id, .name, .title, .email, .phone} AS person, type(r) AS tie, r {.*} AS rel,
  o {.id, .name, .kind, .sector} AS org, municipality
