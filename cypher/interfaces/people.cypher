// The people who work in the given organisations or are fixed contacts for them, each with
// every workplace and every fixed-contact assignment current on $day, so the caller can tell
// whose contact serves whom across sectors and who works on both sides. A municipal unit
// carries its municipality.
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: person (map), workplaces (list of {rel, org, municipality}), contacts (list of {rel, org, municipality})
MATCH (p:Person)
WHERE EXISTS { (p)-[:WORKS_IN]->(o:Organisation) WHERE o.id IN $ids }
   OR EXISTS { (p)-[:CONTACT_FOR]->(o:Organisation) WHERE o.id IN $ids }
OPTIONAL MATCH (p)-[w:WORKS_IN]->(wo:Organisation)
  WHERE (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
OPTIONAL MATCH (wo)-[:PART_OF]->(wm:Organisation {kind: 'MUNICIPALITY'})
WITH p, collect(CASE WHEN wo IS NULL THEN NULL ELSE
  {rel: w {.*}, org: wo {.id, .name, .kind, .sector}, municipality: CASE WHEN wm IS NULL THEN NULL ELSE wm {.id, .name, .kind, .sector} END} END) AS workplaces
OPTIONAL MATCH (p)-[c:CONTACT_FOR]->(co:Organisation)
  WHERE (c.since IS NULL OR c.since <= $day) AND (c.until IS NULL OR c.until >= $day)
OPTIONAL MATCH (co)-[:PART_OF]->(cm:Organisation {kind: 'MUNICIPALITY'})
WITH p, workplaces, collect(CASE WHEN co IS NULL THEN NULL ELSE
  {rel: c {.*}, org: co {.id, .name, .kind, .sector}, municipality: CASE WHEN cm IS NULL THEN NULL ELSE cm {.id, .name, .kind, .sector} END} END) AS contacts
RETURN p {.id, .name, .title, .profession, .email, .phone} AS person, workplaces, contacts
