// The people who work in the given organisations or are fixed contacts for them, with every
// workplace and every fixed-contact assignment of theirs current on $day, one row per tie, so
// the caller can tell whose contact serves whom across sectors and who works on both sides (it
// gathers the rows by person; someone without a current tie has none and links nothing). A
// municipal unit carries its municipality. From the organisations asked about, not every
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
WITH p, r, o, [(o)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}] AS municipalities
UNWIND CASE WHEN size(municipalities) = 0 THEN [null] ELSE municipalities END AS municipality
RETURN p {.id, .name, .title, .profession, .email, .phone} AS person, type(r) AS tie, r {.*} AS rel,
  o {.id, .name, .kind, .sector} AS org, municipality
