// The municipality a printable guide (vejviser) is drawn for: its health cluster, the MedCom
// correspondence channels it provides with the GP practices they serve (one of those practices
// stands in for general practice when the guide asks whom a GP contacts), and every status it
// reported up to $day with the element and agreement, so the caller can show the latest on the
// communication route with general practice (picked as the status matrix picks a cell's: the
// later asOf, then the later createdAt, then the id; see api/src/modules/core/status-cell.ts).
// The public websites of the region the municipality's cluster is part of and of the region's
// own bodies (PART_OF it: its psychiatry, say), which a family may read wherever it lives.
// Every expansion starts at the municipality.
// params: $id, $day (YYYY-MM-DD)
// The pathways' and steps' English names (few: 3 pathways, 12 steps) come along for a guide in English.
// returns: municipality (map), clusters (list of maps), medcom (list of maps), practices (list of strings), statuses (list of maps), english (list of maps), regionWebsites (list of maps: channel, provider)
MATCH (m:Organisation {id: $id})
RETURN m {.id, .name, .kind, .sector, .municipalityCode, .shortName} AS municipality,
  [(m)-[:IN_CLUSTER]->(c:Organisation) | c {.id, .name, .kind, .sector}] AS clusters,
  [(m)-[:PROVIDES]->(ch:Channel) WHERE ch.kind = 'MEDCOM_CORRESPONDENCE'
    | ch {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments}] AS medcom,
  [(m)-[:PROVIDES]->(ch:Channel)-[:SERVES]->(gp:Organisation) WHERE ch.kind = 'MEDCOM_CORRESPONDENCE' AND gp.kind = 'GP_PRACTICE' | gp.id] AS practices,
  [(m)-[s:STATUS]->(e:Element)<-[:HAS_ELEMENT]-(a:Agreement) WHERE s.asOf <= $day
    | {agreementId: a.id, element: e {.id, .name, .number}, level: s.level, note: s.note, asOf: s.asOf, source: s.source, inferred: s.inferred,
       createdAt: s.createdAt, id: s.id}] AS statuses,
  [(pw:Pathway)-[:HAS_STEP]->(st:Step) | {pathwayId: pw.id, pathwayNameEn: pw.nameEn, stepId: st.id, stepNameEn: st.nameEn, stepDescriptionEn: st.descriptionEn}] AS english,
  [(m)-[:IN_CLUSTER]->(:Organisation)-[:PART_OF]->(r:Organisation)-[:PROVIDES]->(w:Channel) WHERE r.kind = 'REGION' AND w.kind = 'WEBSITE'
    | {channel: w {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments}, provider: r {.id, .name, .kind, .sector, .municipalityCode}}] +
  [(m)-[:IN_CLUSTER]->(:Organisation)-[:PART_OF]->(r:Organisation)<-[:PART_OF]-(o:Organisation)-[:PROVIDES]->(w:Channel) WHERE r.kind = 'REGION' AND w.kind = 'WEBSITE'
    | {channel: w {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments}, provider: o {.id, .name, .kind, .sector, .municipalityCode}}] AS regionWebsites
