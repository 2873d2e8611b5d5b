// Steering groups (kinds in $kinds) active on $asOf that hold no mandate valid on $asOf: nothing
// on record says what they may decide.
// Bound variables keep their label in OPTIONAL MATCH and subqueries: the embedded engine
// plans those as a join with a scan of their own, which without the label walks every node.
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD), $kinds (list of strings)
// returns: group (map: id, name, kind), reportsTo (list of maps: id, name), expiredMandateIds (list of strings)
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds) AND g.kind IN $kinds
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
  AND NOT EXISTS {
    (g:Group)-[:HOLDS]->(md:Mandate)
    WHERE (md.validFrom IS NULL OR md.validFrom <= $asOf) AND (md.validTo IS NULL OR md.validTo >= $asOf)
  }
OPTIONAL MATCH (g:Group)-[:REPORTS_TO]->(up:Group)
OPTIONAL MATCH (g:Group)-[:HOLDS]->(old:Mandate)
RETURN g {.id, .name, .kind} AS group, collect(DISTINCT CASE WHEN up IS NULL THEN NULL ELSE up {.id, .name} END) AS reportsTo, collect(DISTINCT old.id) AS expiredMandateIds
ORDER BY group.id
