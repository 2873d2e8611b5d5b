// The groups (active on $day) where someone from the given organisations sits, by workplace or
// on their behalf, with every current member: the organisation each acts for and where each
// works (a municipal unit with its municipality), so the caller can pair ours with theirs.
// Written for the embedded engine's planner: the groups are found in two CALL subqueries, one
// walking out from the organisations asked about to the people working there and their groups,
// one for the memberships on their behalf (onBehalfOf is a property of MEMBER_OF, which no index
// covers: that walk goes over the groups' memberships). One pattern with an EXISTS { } for the
// workplace ran the subquery per membership in the country, 2-3 times slower.
// Then the organisation a member acts for and each member's workplaces in CALL subqueries (run
// per member; an OPTIONAL MATCH was joined with every person's workplaces or every
// organisation), one without a municipality kept with municipality null, as an OPTIONAL MATCH
// would (an OPTIONAL MATCH inside a subquery is run against every organisation per row there).
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: group (map), members (list of {person, membership, onBehalfOf, onBehalfOfMunicipality, workplaces})
CALL () {
  UNWIND $ids AS id
  MATCH (:Organisation {id: id})<-[:WORKS_IN]-(:Person)-[m:MEMBER_OF]->(g:Group)
  WHERE (m.since IS NULL OR m.since <= $day) AND (m.until IS NULL OR m.until >= $day)
    AND (g.validTo IS NULL OR g.validTo >= $day)
  RETURN collect(g) AS byWorkplace
}
CALL () {
  MATCH (g:Group)<-[m:MEMBER_OF]-(:Person)
  WHERE m.onBehalfOf IN $ids
    AND (m.since IS NULL OR m.since <= $day) AND (m.until IS NULL OR m.until >= $day)
    AND (g.validTo IS NULL OR g.validTo >= $day)
  RETURN collect(g) AS onBehalf
}
UNWIND byWorkplace + onBehalf AS g
WITH DISTINCT g
MATCH (g)<-[mm:MEMBER_OF]-(q:Person)
WHERE (mm.since IS NULL OR mm.since <= $day) AND (mm.until IS NULL OR mm.until >= $day)
CALL (mm) {
  MATCH (x:Organisation {id: mm.onBehalfOf})
  WITH x, [(x)-[:PART_OF]->(xm:Organisation {kind: 'MUNICIPALITY'}) | xm {.id, .name, .kind, .sector}] AS municipalities
  UNWIND CASE WHEN size(municipalities) = 0 THEN [null] ELSE municipalities END AS xm
  RETURN collect({org: x {.id, .name, .kind, .sector}, municipality: xm}) AS acting
}
UNWIND CASE WHEN size(acting) = 0 THEN [{org: null, municipality: null}] ELSE acting END AS a
CALL (q) {
  MATCH (q)-[w:WORKS_IN]->(wo:Organisation)
  WHERE (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
  WITH wo, [(wo)-[:PART_OF]->(wm:Organisation {kind: 'MUNICIPALITY'}) | wm {.id, .name, .kind, .sector}] AS municipalities
  UNWIND CASE WHEN size(municipalities) = 0 THEN [null] ELSE municipalities END AS wm
  RETURN collect({org: wo {.id, .name, .kind, .sector}, municipality: wm}) AS workplaces
}
RETURN g {.id, .name, .kind} AS group,
  collect({
    person: q {.id, .name, .title, .email, .phone},
    membership: mm {.*},
    onBehalfOf: a.org,
    onBehalfOfMunicipality: a.municipality,
    workplaces: workplaces
  }) AS members
