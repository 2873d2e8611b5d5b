// Everything findContact() and vejviser() rank, for each asking organisation, in one read that
// starts at the asker's id and stays local: what it is part of (PART_OF, two levels, without the
// region and cluster hubs), its municipality and that municipality's units; the fixed-contact
// assignments (CONTACT_FOR) current on $day that serve the asker, what it is part of, or (for a
// municipality) its units, each with the person's current workplaces and the channels those
// workplaces provide to the asker's side; the channels serving the asker's side and those its
// own municipality (or, outside the municipalities, the asker itself) provides, each with its
// provider; and the pathways with their steps (a pathway is known by its steps). Pathway, step,
// topic and audience are judged by the caller, so one read serves every question about the asker.
// params: $ids (list of organisation ids), $day (YYYY-MM-DD)
// Written for the embedded engine's planner: every expansion is a pattern comprehension from a
// node bound by its id (OPTIONAL MATCH there scans), and an assignment's workplaces and channels
// come flat, keyed by the assignment's id, because comprehensions cannot nest.
// returns: asker (map), ups (list of maps), municipality (map or null), units (list of maps), contacts (list of {rel, forId, person}), workplaces (list of {relId, role, org}), reach (list of {relId, channel, provider, servedId}), routes (list of {channel, provider, servedId}), steps (list of {pathway, step})
UNWIND $ids AS askerId
MATCH (me:Organisation {id: askerId})
WITH me, [(me)-[:PART_OF]->(u:Organisation) | u] + [(me)-[:PART_OF]->(:Organisation)-[:PART_OF]->(u:Organisation) | u] AS above
WITH me, [u IN above WHERE NOT u.kind IN ['REGION', 'CLUSTER']] AS ups
WITH me, ups, CASE WHEN me.kind = 'MUNICIPALITY' THEN me ELSE head([u IN ups WHERE u.kind = 'MUNICIPALITY']) END AS muni,
  CASE WHEN me.kind = 'MUNICIPALITY' THEN [(me)<-[:PART_OF]-(u:Organisation) | u]
    WHEN me.kind = 'MUNICIPAL_UNIT' THEN [me] + [(me)-[:PART_OF]->(:Organisation {kind: 'MUNICIPALITY'})<-[:PART_OF]-(u:Organisation) | u]
    ELSE [] END AS units
WITH me, ups, muni, units, CASE WHEN muni IS NULL THEN [me.id] ELSE [muni.id] + [u IN units | u.id] END AS homeIds
UNWIND homeIds AS homeId
MATCH (h:Organisation {id: homeId})
WITH me, ups, muni, units, [(h)-[:PROVIDES]->(hc:Channel) | {
    channel: hc {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: h {.id, .name, .kind, .sector, .municipalityCode}, servedId: NULL}] AS ownRoutes
WITH me, ups, muni, units, collect(ownRoutes) AS ownLists
WITH me, ups, muni, units, reduce(acc = [], l IN ownLists | acc + l) AS own,
  [me.id] + [u IN ups | u.id] + CASE WHEN me.kind = 'MUNICIPALITY' THEN [u IN units | u.id] ELSE [] END AS scopeIds
UNWIND scopeIds AS scopeId
MATCH (s:Organisation {id: scopeId})
WITH me, ups, muni, units, own,
  [(s)<-[:SERVES]-(ch:Channel)<-[:PROVIDES]-(prov:Organisation) | {
    channel: ch {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: prov {.id, .name, .kind, .sector, .municipalityCode}, servedId: s.id}] AS served,
  [(s)<-[c:CONTACT_FOR]-(p:Person) WHERE (c.since IS NULL OR c.since <= $day) AND (c.until IS NULL OR c.until >= $day)
    | {rel: c {.*}, forId: s.id, person: p {.id, .name, .title, .profession, .email, .phone}}] AS assigned,
  [(s)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(wo:Organisation)
    WHERE (c.until IS NULL OR c.until >= $day) AND (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
    | {relId: c.id, role: w.role, org: wo {.id, .name, .kind, .sector, .municipalityCode}}] AS workplaces,
  [(s)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(wp:Organisation)-[:PROVIDES]->(ch:Channel)-[:SERVES]->(t:Organisation)
    WHERE t.id IN scopeIds AND (c.until IS NULL OR c.until >= $day) AND (w.until IS NULL OR w.until >= $day)
    | {relId: c.id, channel: ch {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
       provider: wp {.id, .name, .kind, .sector, .municipalityCode}, servedId: t.id}] AS reach
WITH me, ups, muni, units, own, collect(served) AS servedLists, collect(assigned) AS assignedLists,
  collect(workplaces) AS workplaceLists, collect(reach) AS reachLists
RETURN me {.id, .name, .kind, .sector, .municipalityCode, .shortName} AS asker,
  [u IN ups | u {.id, .name, .kind, .sector, .municipalityCode, .shortName}] AS ups,
  CASE WHEN muni IS NULL THEN NULL ELSE muni {.id, .name, .kind, .sector, .municipalityCode} END AS municipality,
  [u IN units | u {.id, .name, .kind, .sector, .municipalityCode, .shortName}] AS units,
  reduce(acc = [], l IN assignedLists | acc + l) AS contacts,
  reduce(acc = [], l IN workplaceLists | acc + l) AS workplaces,
  reduce(acc = [], l IN reachLists | acc + l) AS reach,
  reduce(acc = own, l IN servedLists | acc + l) AS routes,
  [(pw:Pathway)-[:HAS_STEP]->(st:Step) | {pathway: pw {.id, .name, .topics}, step: st {.id, .name, .number, .description}}] AS steps
