// The channels between the given organisations and any other: each channel one of them
// provides, with every organisation it serves, and each channel another provides that serves
// one of them. Municipal units carry their municipality, so a map can group by it.
// params: $ids (list of strings)
// returns: channel (map), provider (map with municipality), served (map with municipality)
MATCH (p:Organisation)-[:PROVIDES]->(c:Channel)-[:SERVES]->(s:Organisation)
WHERE p.id IN $ids OR s.id IN $ids
RETURN c {.id, .name, .kind, .status, .address, .schedule, .rules, .supportsAttachments} AS channel,
  p {.id, .name, .kind, .sector, .phone,
    municipality: head([(p)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])} AS provider,
  s {.id, .name, .kind, .sector,
    municipality: head([(s)-[:PART_OF]->(m:Organisation {kind: 'MUNICIPALITY'}) | m {.id, .name, .kind, .sector}])} AS served
