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
// returns: asker (map), ups (list of maps), municipality (map or null), units (list of maps), contacts (list of {rel, forId, person, workplaces, channels}), routes (list of {channel, provider, servedId}), steps (list of {pathway, step})
UNWIND $ids AS askerId
MATCH (me:Organisation {id: askerId})
OPTIONAL MATCH (me)-[:PART_OF*1..2]->(up:Organisation)
WITH me, collect(DISTINCT up) AS above
WITH me, [u IN above WHERE NOT u.kind IN ['REGION', 'CLUSTER']] AS ups
WITH me, ups, CASE WHEN me.kind = 'MUNICIPALITY' THEN me ELSE head([u IN ups WHERE u.kind = 'MUNICIPALITY']) END AS muni
OPTIONAL MATCH (unit:Organisation)-[:PART_OF]->(muni)
WITH me, ups, muni, collect(DISTINCT unit) AS units
WITH me, ups, muni, units, CASE WHEN muni IS NULL THEN [me] ELSE [muni] + units END AS home
UNWIND home AS h
OPTIONAL MATCH (h)-[:PROVIDES]->(hc:Channel)
WITH me, ups, muni, units, CASE WHEN hc IS NULL THEN NULL ELSE {
    channel: hc {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: h {.id, .name, .kind, .sector, .municipalityCode}, servedId: NULL} END AS ownRoute
WITH me, ups, muni, units, collect(ownRoute) AS own
WITH me, ups, muni, units, own,
  [me.id] + [u IN ups | u.id] + CASE WHEN me.kind = 'MUNICIPALITY' THEN [u IN units | u.id] ELSE [] END AS scopeIds
UNWIND scopeIds AS scopeId
MATCH (s:Organisation {id: scopeId})
WITH me, ups, muni, units, own, scopeIds, s,
  [(prov:Organisation)-[:PROVIDES]->(ch:Channel)-[:SERVES]->(s) | {
    channel: ch {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: prov {.id, .name, .kind, .sector, .municipalityCode}, servedId: s.id}] AS served
OPTIONAL MATCH (p:Person)-[c:CONTACT_FOR]->(s)
  WHERE (c.since IS NULL OR c.since <= $day) AND (c.until IS NULL OR c.until >= $day)
WITH me, ups, muni, units, own, s, served, CASE WHEN p IS NULL THEN NULL ELSE {
    rel: c {.*},
    forId: s.id,
    person: p {.id, .name, .title, .profession, .email, .phone},
    workplaces: [(p)-[w:WORKS_IN]->(wo:Organisation)
      WHERE (w.since IS NULL OR w.since <= $day) AND (w.until IS NULL OR w.until >= $day)
      | {role: w.role, org: wo {.id, .name, .kind, .sector, .municipalityCode}}],
    channels: [(p)-[w:WORKS_IN]->(wp:Organisation)-[:PROVIDES]->(ch:Channel)-[:SERVES]->(t:Organisation)
      WHERE t.id IN scopeIds AND (w.until IS NULL OR w.until >= $day)
      | {channel: ch {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
         provider: wp {.id, .name, .kind, .sector, .municipalityCode}, servedId: t.id}]
  } END AS contact
WITH me, ups, muni, units, own, s, served, collect(contact) AS found
WITH me, ups, muni, units, own, collect(found) AS foundLists, collect(served) AS servedLists
RETURN me {.id, .name, .kind, .sector, .municipalityCode, .shortName} AS asker,
  [u IN ups | u {.id, .name, .kind, .sector, .municipalityCode, .shortName}] AS ups,
  CASE WHEN muni IS NULL THEN NULL ELSE muni {.id, .name, .kind, .sector, .municipalityCode} END AS municipality,
  [u IN units | u {.id, .name, .kind, .sector, .municipalityCode, .shortName}] AS units,
  reduce(acc = [], l IN foundLists | acc + l) AS contacts,
  reduce(acc = own, l IN servedLists | acc + l) AS routes,
  [(pw:Pathway)-[:HAS_STEP]->(st:Step) | {pathway: pw {.id, .name, .topics}, step: st {.id, .name, .number, .description}}] AS steps
