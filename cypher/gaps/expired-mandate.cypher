// Mandates that expired before $asOf (validTo in the past) and are still held (HOLDS on record),
// when a holder, the granting group or the group holding it is in scope: a group in scope, or a
// person working in an organisation in scope or sitting in a group in scope.
// md keeps its label in the OPTIONAL MATCH: the embedded engine joins an OPTIONAL MATCH with
// a scan of its own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $orgIds (list of strings), $asOf (YYYY-MM-DD)
// returns: mandate (map: id, name, level, validFrom, validTo), holders (list of maps: id, label, name, title, relId), grantedBy (map: id, name) or null
MATCH (md:Mandate)
WHERE md.validTo IS NOT NULL AND md.validTo < $asOf
MATCH (md)<-[r:HOLDS]-(h:Entity)
OPTIONAL MATCH (md:Mandate)-[:GRANTED_BY]->(gb:Group)
WITH md, gb, collect({id: h.id, label: [l IN labels(h) WHERE l <> 'Entity'][0], name: h.name, title: h.title, relId: r.id}) AS holders
WHERE $all OR gb.id IN $groupIds
   OR any(x IN holders WHERE x.id IN $groupIds)
   OR EXISTS {
     (md)<-[:HOLDS]-(p:Person)
     WHERE EXISTS { (p)-[:WORKS_IN]->(o:Organisation) WHERE o.id IN $orgIds }
        OR EXISTS { (p)-[:MEMBER_OF]->(g:Group) WHERE g.id IN $groupIds }
   }
RETURN md {.id, .name, .level, .validFrom, .validTo} AS mandate, holders,
  CASE WHEN gb IS NULL THEN NULL ELSE gb {.id, .name} END AS grantedBy
ORDER BY mandate.id
