// The node a what-if question is about (a person, an organisation or a channel), with what
// goes with it: for an organisation, the organisations below it (PART_OF, up to three levels,
// fixed depth as in gaps/scope) and the channels those provide. No row for an unknown id.
// params: $id (string)
// returns: node (map: id, label, name, title, kind, sector), orgIds (list of strings), channelIds (list of strings)
MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)<-[:PART_OF]-(o1:Organisation)
  RETURN collect(DISTINCT o1.id) AS below1
}
CALL (s) {
  MATCH (s)<-[:PART_OF]-(:Organisation)<-[:PART_OF]-(o2:Organisation)
  RETURN collect(DISTINCT o2.id) AS below2
}
CALL (s) {
  MATCH (s)<-[:PART_OF]-(:Organisation)<-[:PART_OF]-(:Organisation)<-[:PART_OF]-(o3:Organisation)
  RETURN collect(DISTINCT o3.id) AS below3
}
WITH s, CASE WHEN 'Organisation' IN labels(s) THEN [s.id] + below1 + below2 + below3 ELSE [] END AS orgIds
CALL (orgIds) {
  UNWIND orgIds AS oid
  MATCH (:Organisation {id: oid})-[:PROVIDES]->(c:Channel)
  RETURN collect(DISTINCT c.id) AS provided
}
RETURN s {.id, .name, .title, .kind, .sector, label: [l IN labels(s) WHERE l <> 'Entity'][0]} AS node,
  orgIds, CASE WHEN 'Channel' IN labels(s) THEN [s.id] ELSE provided END AS channelIds
