// The start of a connection question in one read: the two ends (id, label and what names and
// describes each, as connection/endpoints reads them) and, for the ends in $expand, their
// neighbours as connection/neighbours reads them for a frontier of that one node with no
// restriction: an end whose label is in $anchorLabels (a mandate, an agreement…) follows
// $anchorTypes too. The search's first expansion is always the start alone and the first of
// the other side always the end alone, so these two reads and the ends' come in one statement
// instead of three (on the embedded engine, national data: ~0.45 instead of ~0.85 ms).
// An id without a node returns no row.
// Written so that the embedded engine reads few whole values: it builds a column per property
// key over the whole store the first time a statement reads that key and keeps it for the
// process's life, and a whole node or relationship builds every key's at once (docs/DESIGN.md,
// 'Memory of the API process'). On a fresh national store labels(n) does (+86 MB) and so does
// startNode(r) = n (+74 MB): so the label is tested label by label (NodeLabel in graph.graphql)
// and the ties going out and coming in are two directed patterns. type(r) in the WHERE still
// reads the whole relationship (+28-34 MB, every relationship key); a directed pattern per
// relationship type with the type as a literal would not, but made the statement one Neo4j's
// linter (tests/engine/cypher-lint.test.ts) took 9-30 s over, and r:WORKS_IN is null in the engine.
// params: $ids (list of strings: the two ends), $expand (list of strings: those whose neighbours to read), $types (list), $anchorLabels (list), $anchorTypes (list), $day (YYYY-MM-DD)
// returns: node (map: id, label, name, title, kind, sector, status, address, schedule, rules, supportsAttachments, level, validTo),
//   neighbours (list of [relId, type, out, id, organisation, group, channel, kind, validTo] as the columns of connection/neighbours)
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, CASE WHEN n:Organisation THEN 'Organisation' WHEN n:Person THEN 'Person' WHEN n:Group THEN 'Group' WHEN n:Mandate THEN 'Mandate' WHEN n:Channel THEN 'Channel' WHEN n:Agreement THEN 'Agreement' WHEN n:Element THEN 'Element' WHEN n:Pathway THEN 'Pathway' WHEN n:Step THEN 'Step' END AS label
RETURN n {.id, .name, .title, .kind, .sector, .status, .address, .schedule, .rules, .supportsAttachments, .level, .validTo, label: label} AS node,
  CASE WHEN n.id IN $expand THEN [(n)-[r]->(b:Entity)
    WHERE (type(r) IN $types OR (label IN $anchorLabels AND type(r) IN $anchorTypes))
      AND (r.since IS NULL OR r.since <= $day)
      AND (r.until IS NULL OR r.until >= $day)
    | [r.id, type(r), true, b.id, b:Organisation, b:Group, b:Channel, b.kind, b.validTo]]
    + [(n)<-[r]-(b:Entity)
    WHERE (type(r) IN $types OR (label IN $anchorLabels AND type(r) IN $anchorTypes))
      AND (r.since IS NULL OR r.since <= $day)
      AND (r.until IS NULL OR r.until >= $day)
    | [r.id, type(r), false, b.id, b:Organisation, b:Group, b:Channel, b.kind, b.validTo]] ELSE [] END AS neighbours
