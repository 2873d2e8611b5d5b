// One hop of the breadth-first search behind connection(): every relationship of the frontier
// nodes that is current on $day and of a type in $types (the "hands": people, groups, channels,
// the organisation tree), with the node at the far end. Nodes in $anchors (the two ends of the
// question) also follow the types in $anchorTypes, so a question may start at a mandate or an
// agreement. Hubs are returned like any node; the caller decides not to expand them.
// params: $ids (list of strings), $types (list), $anchors (list of strings), $anchorTypes (list), $day (YYYY-MM-DD)
// returns: from (string), rel (map: id, type, source, props), node (map as in connection/endpoints)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE (type(r) IN $types OR (a.id IN $anchors AND type(r) IN $anchorTypes))
  AND (r.since IS NULL OR r.since <= $day)
  AND (r.until IS NULL OR r.until >= $day)
RETURN a.id AS from,
  {id: r.id, type: type(r), source: startNode(r).id, props: properties(r)} AS rel,
  b {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo,
    label: [l IN labels(b) WHERE l <> 'Entity'][0]} AS node
