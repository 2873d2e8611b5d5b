// The groups (active on $day) where someone from the given organisations sits, by workplace or
// on their behalf, with every current member: the organisation each acts for and where each
// works (a municipal unit with its municipality), so the caller can pair ours with theirs.
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: group (map), members (list of {person, membership, onBehalfOf, onBehalfOfMunicipality, workplaces})
MATCH (p:Person)-[m:MEMBER_OF]->(g:Group)
WHERE (m.since IS NULL OR m.since <= $day) AND (m.until IS NULL OR m.until >= $day)
  AND (g.validTo IS NULL OR g.validTo >= $day)
  AND (m.onBehalfOf IN $ids OR EXISTS { (p)-[:WORKS_IN]->(o:Organisation) WHERE o.id IN $ids })
WITH DISTINCT g
MATCH (q:Person)-[mm:MEMBER_OF]->(g)
WHERE (mm.since IS NULL OR mm.since <= $day) AND (mm.until IS NULL OR mm.until >= $day)
OPTIONAL MATCH (x:Organisation {id: mm.onBehalfOf})
OPTIONAL MATCH (x)-[:PART_OF]->(xm:Organisation {kind: 'MUNICIPALITY'})
OPTIONAL MATCH (q)-[w:WORKS_IN]->(wo:Organisation)
  WHERE (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
OPTIONAL MATCH (wo)-[:PART_OF]->(wm:Organisation {kind: 'MUNICIPALITY'})
WITH g, q, mm, x, xm, collect(CASE WHEN wo IS NULL THEN NULL ELSE
  {org: wo {.id, .name, .kind, .sector}, municipality: CASE WHEN wm IS NULL THEN NULL ELSE wm {.id, .name, .kind, .sector} END} END) AS workplaces
RETURN g {.id, .name, .kind} AS group,
  collect({
    person: q {.id, .name, .title, .email, .phone},
    membership: mm {.*},
    onBehalfOf: CASE WHEN x IS NULL THEN NULL ELSE x {.id, .name, .kind, .sector} END,
    onBehalfOfMunicipality: CASE WHEN xm IS NULL THEN NULL ELSE xm {.id, .name, .kind, .sector} END,
    workplaces: workplaces
  }) AS members
