// The channels between the given organisations and any other: each channel one of them
// provides, with every organisation it serves, and each channel another provides that serves
// one of them. Only links current on $day (begun and not ended), as everywhere else in the
// three questions. Municipal units carry their municipality, so a map can group by it.
// From the organisations asked about (index seeks), not every PROVIDES in the country: the
// channels they provide, then those others provide to them (their own already counted).
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: channel (map), provider (map with municipality), served (map with municipality)
CALL () {
  UNWIND $ids AS id
  WITH DISTINCT id
  MATCH (p:Organisation {id: id})-[pr:PROVIDES]->(c:Channel)-[sv:SERVES]->(s:Organisation)
  WHERE (pr.since IS NULL OR pr.since <= $day) AND (pr.until IS NULL OR pr.until >= $day)
    AND (sv.since IS NULL OR sv.since <= $day) AND (sv.until IS NULL OR sv.until >= $day)
  RETURN collect({channel: c {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: p {.id, .name, .kind, .sector, .phone, municipality: head([(p)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])},
    served: s {.id, .name, .kind, .sector, municipality: head([(s)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])}}) AS provided
}
CALL () {
  UNWIND $ids AS id
  WITH DISTINCT id
  MATCH (s:Organisation {id: id})<-[sv:SERVES]-(c:Channel)<-[pr:PROVIDES]-(p:Organisation)
  WHERE NOT p.id IN $ids
    AND (pr.since IS NULL OR pr.since <= $day) AND (pr.until IS NULL OR pr.until >= $day)
    AND (sv.since IS NULL OR sv.since <= $day) AND (sv.until IS NULL OR sv.until >= $day)
  RETURN collect({channel: c {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments},
    provider: p {.id, .name, .kind, .sector, .phone, municipality: head([(p)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])},
    served: s {.id, .name, .kind, .sector, municipality: head([(s)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])}}) AS served
}
UNWIND provided + served AS row
RETURN row.channel AS channel, row.provider AS provider, row.served AS served
