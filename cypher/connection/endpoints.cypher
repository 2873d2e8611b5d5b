// The nodes a connection question starts and ends at: the id, label and what names and
// describes each. An id without a node returns no row.
// params: $ids (list of strings)
// returns: node (map: id, label, name, title, kind, sector, status, address, schedule, rules, supportsAttachments, level, validTo)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo,
  label: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
