// Everything findContact() and vejviser() rank, for each asking organisation, in one read that
// starts at the asker's id and stays local: what it is part of (PART_OF, two levels, without the
// region and cluster hubs), its municipality and that municipality's units; the fixed-contact
// assignments (CONTACT_FOR) current on $day that serve the asker, what it is part of, or (for a
// municipality) its units, each with the person's current workplaces and the channels those
// workplaces provide to the asker's side; the channels serving the asker's side and those its
// own municipality (or, outside the municipalities, the asker itself) provides, each with its
// provider; and the pathways with their steps (a pathway is known by its steps). Pathway, step,
// topic and audience are judged by the caller, so one read serves every question about the asker.
// Every caller needs every pathway and step (a topic's pathway, an assignment's pathways, the
// vejviser's steps); on the national data they are ~0.03 ms of the statement's ~0.75 ms, most of
// which is fixed (docs/DESIGN.md, 'findContact and connection: where the time goes').
// params: $ids (list of organisation ids), $day (YYYY-MM-DD)
// Written for the embedded engine's planner: every expansion is a pattern comprehension from a
// node bound by its id (OPTIONAL MATCH there scans), and an assignment's workplaces and channels
// come flat, keyed by the assignment's id, because comprehensions cannot nest.
// Every value comes as a list in a fixed order rather than a map: the engine's cost grows with
// each map it builds and hands over (a practice's answer: ~1.8 → ~1.3 ms), and the reader
// (api/src/modules/contact/contact-reader.ts) names the positions once.
// returns: asker (org), ups (list of org), municipality (org or null), units (list of org), where org is [id, name, kind, sector, municipalityCode, shortName] (shortName left out for a municipality); contacts (list of [[relId, role, pathways, steps, topics, audience, since, until], forId, [personId, name, title, profession, email, phone]]), workplaces (list of [relId, role, org]), reach (list of [relId, channel, provider, servedId]), routes (list of [channel, provider, servedId]), where channel is [id, name, kind, status, address, schedule, rules, supportsAttachments] and provider [id, name, kind, sector, municipalityCode]; steps (list of [pathwayId, pathwayName, pathwayTopics, stepId, stepName, stepNumber, stepDescription, stepNameEn])
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
WITH me, ups, muni, units, [(h)-[:PROVIDES]->(hc:Channel) | [[hc.id, hc.name, hc.kind, hc.status, hc.address, hc.schedule, hc.rules, hc.supportsAttachments], [h.id, h.name, h.kind, h.sector, h.municipalityCode], NULL]] AS ownRoutes
WITH me, ups, muni, units, collect(ownRoutes) AS ownLists
WITH me, ups, muni, units, reduce(acc = [], l IN ownLists | acc + l) AS own,
  [me.id] + [u IN ups | u.id] + CASE WHEN me.kind = 'MUNICIPALITY' THEN [u IN units | u.id] ELSE [] END AS scopeIds
UNWIND scopeIds AS scopeId
MATCH (s:Organisation {id: scopeId})
WITH me, ups, muni, units, own,
  [(s)<-[:SERVES]-(ch:Channel)<-[:PROVIDES]-(prov:Organisation) | [[ch.id, ch.name, ch.kind, ch.status, ch.address, ch.schedule, ch.rules, ch.supportsAttachments], [prov.id, prov.name, prov.kind, prov.sector, prov.municipalityCode], s.id]] AS served,
  [(s)<-[c:CONTACT_FOR]-(p:Person) WHERE (c.since IS NULL OR c.since <= $day) AND (c.until IS NULL OR c.until >= $day)
    | [[c.id, c.role, c.pathways, c.steps, c.topics, c.audience, c.since, c.until], s.id, [p.id, p.name, p.title, p.profession, p.email, p.phone]]] AS assigned,
  [(s)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(wo:Organisation)
    WHERE (c.until IS NULL OR c.until >= $day) AND (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
    | [c.id, w.role, [wo.id, wo.name, wo.kind, wo.sector, wo.municipalityCode]]] AS workplaces,
  [(s)<-[c:CONTACT_FOR]-(:Person)-[w:WORKS_IN]->(wp:Organisation)-[:PROVIDES]->(ch:Channel)-[:SERVES]->(t:Organisation)
    WHERE t.id IN scopeIds AND (c.until IS NULL OR c.until >= $day) AND (w.until IS NULL OR w.until >= $day)
    | [c.id, [ch.id, ch.name, ch.kind, ch.status, ch.address, ch.schedule, ch.rules, ch.supportsAttachments], [wp.id, wp.name, wp.kind, wp.sector, wp.municipalityCode], t.id]] AS reach
WITH me, ups, muni, units, own, collect(served) AS servedLists, collect(assigned) AS assignedLists,
  collect(workplaces) AS workplaceLists, collect(reach) AS reachLists
RETURN [me.id, me.name, me.kind, me.sector, me.municipalityCode, me.shortName] AS asker,
  [u IN ups | [u.id, u.name, u.kind, u.sector, u.municipalityCode, u.shortName]] AS ups,
  CASE WHEN muni IS NULL THEN NULL ELSE [muni.id, muni.name, muni.kind, muni.sector, muni.municipalityCode] END AS municipality,
  [u IN units | [u.id, u.name, u.kind, u.sector, u.municipalityCode, u.shortName]] AS units,
  reduce(acc = [], l IN assignedLists | acc + l) AS contacts,
  reduce(acc = [], l IN workplaceLists | acc + l) AS workplaces,
  reduce(acc = [], l IN reachLists | acc + l) AS reach,
  reduce(acc = own, l IN servedLists | acc + l) AS routes,
  [(pw:Pathway)-[:HAS_STEP]->(st:Step) | [pw.id, pw.name, pw.topics, st.id, st.name, st.number, st.description, st.nameEn]] AS steps
