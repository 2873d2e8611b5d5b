// The scope of a gap report or representation matrix: the node asked about (label, kind), the
// organisations below it (PART_OF or IN_CLUSTER, up to three levels: a cluster's municipalities,
// hospital and practices and their units; a municipality's units) and the groups anchored in
// one of those or serviced by one (SECRETARIAT_FOR). Fixed depth rather than a variable-length
// path: the embedded engine follows only the first type of an alternation there. (An
// OPTIONAL MATCH whose WHERE is only EXISTS drops the row there when nothing matches: patterns.)
// No row for an unknown id. Each level is a CALL subquery that collects: the embedded engine
// runs it from s alone, where an OPTIONAL MATCH was joined with a scan of every organisation.
// params: $id (string)
// returns: node (map: id, label, name, kind, sector), orgIds (list of strings), groupIds (list of strings)
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)<-[:PART_OF|IN_CLUSTER]-(o1:Organisation)
  RETURN collect(DISTINCT o1.id) AS below1
}
CALL (s) {
  MATCH (s)<-[:PART_OF|IN_CLUSTER]-(:Organisation)<-[:PART_OF|IN_CLUSTER]-(o2:Organisation)
  RETURN collect(DISTINCT o2.id) AS below2
}
CALL (s) {
  MATCH (s)<-[:PART_OF|IN_CLUSTER]-(:Organisation)<-[:PART_OF|IN_CLUSTER]-(:Organisation)<-[:PART_OF|IN_CLUSTER]-(o3:Organisation)
  RETURN collect(DISTINCT o3.id) AS below3
}
WITH s, below1 + below2 + below3 AS below
WITH s, CASE WHEN 'Organisation' IN labels(s) THEN below + [s.id] ELSE [] END AS orgIds
OPTIONAL MATCH (g1:Group)-[:ANCHORED_IN]->(a:Organisation)
  WHERE a.id IN orgIds
WITH s, orgIds, collect(DISTINCT g1.id) AS anchored
OPTIONAL MATCH (g2:Group)<-[:SECRETARIAT_FOR]-(x:Organisation)
  WHERE x.id IN orgIds
WITH s, orgIds, anchored, collect(DISTINCT g2.id) AS serviced
RETURN s {.id, .name, .kind, .sector, label: [l IN labels(s) WHERE l <> 'Entity'][0]} AS node,
  orgIds, anchored + [i IN serviced WHERE NOT i IN anchored] AS groupIds
