// Groups active on $asOf, of a kind other than those in $topKinds (bodies at the top, and
// secretariats, which serve a group rather than report), that report to no group (REPORTS_TO).
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD), $topKinds (list of strings)
// returns: group (map: id, name, kind), anchoredIn (list of maps: id, name)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND NOT g.kind IN $topKinds
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND NOT EXISTS { (g:Group)-[:REPORTS_TO]->(:Group) }
OPTIONAL MATCH (g:Group)-[:ANCHORED_IN]->(a:Organisation)
RETURN g {.id, .name, .kind} AS group, collect(CASE WHEN a IS NULL THEN NULL ELSE a {.id, .name} END) AS anchoredIn
ORDER BY group.id
