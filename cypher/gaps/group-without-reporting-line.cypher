// Groups active on $asOf, of a kind other than those in $topKinds (bodies at the top, and
// secretariats, which serve a group rather than report), that report to no group (REPORTS_TO).
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own (a third to a half of the statement for
// a cluster).
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD), $topKinds (list of strings)
// returns: group (map: id, name, kind), anchoredIn (list of maps: id, name)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND NOT g.kind IN $topKinds
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND NOT EXISTS { (g:Group)-[:REPORTS_TO]->(:Group) }
RETURN g {.id, .name, .kind} AS group, [(g)-[:ANCHORED_IN]->(a:Organisation) | a {.id, .name}] AS anchoredIn
ORDER BY group.id
