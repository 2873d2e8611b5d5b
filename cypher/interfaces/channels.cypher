// The channels between the given organisations and any other: each channel one of them
// provides, with every organisation it serves, and each channel another provides that serves
// one of them. Only links current on $day (begun and not ended), as everywhere else in the
// three questions. Municipal units carry their municipality, so a map can group by it.
// params: $ids (list of strings), $day (YYYY-MM-DD)
// returns: channel (map), provider (map with municipality), served (map with municipality)
MATCH (p:Organisation)-[pr:PROVIDES]->(c:Channel)-[sv:SERVES]->(s:Organisation)
WHERE (p.id IN $ids OR s.id IN $ids)
  AND (pr.since IS NULL OR pr.since <= $day) AND (pr.until IS NULL OR pr.until >= $day)
  AND (sv.since IS NULL OR sv.since <= $day) AND (sv.until IS NULL OR sv.until >= $day)
RETURN c {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments} AS channel,
  p {.id, .name, .kind, .sector, .phone,
    municipality: head([(p)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])} AS provider,
  s {.id, .name, .kind, .sector,
    municipality: head([(s)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])} AS served
