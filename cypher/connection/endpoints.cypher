// The nodes a connection question starts and ends at: the id, label and what names and
// describes each. An id without a node returns no row.
// The label is tested label by label (NodeLabel in graph.graphql): labels(n) makes the embedded
// engine build every property column of the store (connection/start says more).
// params: $ids (list of strings)
// returns: node (map: id, label, name, title, kind, sector, status, address, schedule, rules, supportsAttachments, level, validTo)
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo,
  label: CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' WHEN n:Mandate THEN 'Mandate' WHEN n:Channel THEN 'Channel' WHEN n:Agreement THEN 'Agreement' WHEN n:Element THEN 'Element' WHEN n:Pathway THEN 'Pathway' WHEN n:Step THEN 'Step' END} AS node
