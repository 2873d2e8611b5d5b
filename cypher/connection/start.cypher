// The start of a connection question in one read: the two ends (id, label and what names and
// describes each, as connection/endpoints reads them) and, for the ends in $expand, their
// neighbours as connection/neighbours reads them for a frontier of that one node with no
// restriction: an end whose label is in $anchorLabels (a mandate, an agreement…) follows
// $anchorTypes too. The search's first expansion is always the start alone and the first of
// the other side always the end alone, so these two reads and the ends' come in one statement
// instead of three (on the embedded engine, national data: ~0.45 instead of ~0.85 ms).
// An id without a node returns no row.
// params: $ids (list of strings: the two ends), $expand (list of strings: those whose neighbours to read), $types (list), $anchorLabels (list), $anchorTypes (list), $day (YYYY-MM-DD)
// returns: node (map: id, label, name, title, kind, sector, status, address, schedule, rules, supportsAttachments, level, validTo),
//   neighbours (list of [relId, type, out, id, organisation, group, channel, kind, validTo] as the columns of connection/neighbours)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, [l IN labels(n) WHERE l <> 'Entity'][0] AS label
RETURN n {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo, label: label} AS node,
  CASE WHEN n.id IN $expand THEN [(n)-[r]-(b:Entity)
    WHERE (type(r) IN $types OR (label IN $anchorLabels AND type(r) IN $anchorTypes))
      AND (r.since IS NULL OR r.since <= $day)
      AND (r.until IS NULL OR r.until >= $day)
    | [r.id, type(r), startNode(r) = n, b.id, b:Organisation, b:Group, b:Channel, b.kind, b.validTo]] ELSE [] END AS neighbours
